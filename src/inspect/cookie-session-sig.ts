// cookie-session (through the `cookies` package and keygrip) keeps the signature in a second
// cookie, `<name>.sig`: HMAC-SHA1 of `<name>=<value>` in base64url without padding. The value
// itself is base64 JSON, which the base64 and JSON layers show.

import { encodeBase64 } from './base64';
import { stringsEqual, utf8Bytes } from './bytes';
import { hmac } from './hmac';

/** keygrip's `sign(data, key)`. */
export async function keygripSign(data: string, key: string): Promise<string> {
  const mac = await hmac('SHA-1', utf8Bytes(key), utf8Bytes(data));
  return encodeBase64(mac, { alphabet: 'url', padded: false });
}

/** The value of the `<name>.sig` cookie for this cookie. */
export async function cookieSessionSignature(name: string, value: string, key: string) {
  return keygripSign(`${name}=${value}`, key);
}

export async function verifyCookieSession(
  name: string,
  value: string,
  signature: string,
  key: string,
): Promise<boolean> {
  return stringsEqual(await cookieSessionSignature(name, value, key), signature);
}

/** SHA-1 is 20 bytes: 27 base64url characters. */
export function looksLikeKeygripSignature(text: string): boolean {
  return /^[A-Za-z0-9_-]{27}$/.test(text);
}

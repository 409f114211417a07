// Express signed cookies: cookie-parser stores `s:` + cookie-signature's `value.signature`,
// the signature being HMAC-SHA256 of the value in standard base64 without `=`. The cookie
// header usually carries it URL-encoded (`s%3A…`); the percent layer undoes that first.

import { encodeBase64 } from './base64';
import { stringsEqual, utf8Bytes } from './bytes';
import { hmac } from './hmac';

export interface ExpressSigned {
  value: string;
  signature: string;
}

/** SHA-256 is 32 bytes: 43 base64 characters once the padding is stripped. */
const shape = /^s:([\s\S]*)\.([A-Za-z0-9+/]{43})$/;

export function parseExpressSigned(text: string): ExpressSigned | null {
  const match = shape.exec(text);
  return match ? { value: match[1] as string, signature: match[2] as string } : null;
}

/** cookie-signature's `sign(value, secret)` without the value: just the signature. */
export async function expressSignature(value: string, secret: string): Promise<string> {
  const mac = await hmac('SHA-256', utf8Bytes(secret), utf8Bytes(value));
  return encodeBase64(mac, { alphabet: 'standard', padded: false });
}

/** The cookie value cookie-parser reads as signed: `s:value.signature` (before URL-encoding). */
export async function signExpress(value: string, secret: string): Promise<string> {
  return `s:${value}.${await expressSignature(value, secret)}`;
}

export async function verifyExpress(signed: ExpressSigned, secret: string): Promise<boolean> {
  return stringsEqual(await expressSignature(signed.value, secret), signed.signature);
}

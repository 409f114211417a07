// HMAC-signed JSON Web Tokens (HS256/384/512, RFC 7518 §3.2): the signature is the HMAC of
// `header.payload` as written, base64url without padding. Tokens signed with a private key
// (RS256, ES256…) cannot be re-signed from a typed secret, so they are not offered.

import { encodeBase64 } from './base64';
import { stringsEqual, utf8Bytes } from './bytes';
import { type HashName, hmac } from './hmac';

const hashes: Record<string, HashName> = {
  HS256: 'SHA-256',
  HS384: 'SHA-384',
  HS512: 'SHA-512',
};

/** Whether a typed secret can sign tokens with this `alg`. */
export const isHmacAlg = (alg: string | null): alg is string => alg !== null && alg in hashes;

async function signature(signingInput: string, secret: string, alg: string): Promise<string> {
  const hash = hashes[alg] as HashName;
  const mac = await hmac(hash, utf8Bytes(secret), utf8Bytes(signingInput));
  return encodeBase64(mac, { alphabet: 'url', padded: false });
}

/** The token for a new payload text under the same header; null for a non-HMAC `alg`. */
export async function signJwt(
  headerPart: string,
  payloadText: string,
  secret: string,
  alg: string | null,
): Promise<string | null> {
  if (!isHmacAlg(alg)) return null;
  const payload = encodeBase64(utf8Bytes(payloadText), { alphabet: 'url', padded: false });
  const input = `${headerPart}.${payload}`;
  return `${input}.${await signature(input, secret, alg)}`;
}

/** Whether the secret made this token's signature; null when its `alg` is not HMAC. */
export async function verifyJwt(
  token: string,
  secret: string,
  alg: string | null,
): Promise<boolean | null> {
  if (!isHmacAlg(alg)) return null;
  const last = token.lastIndexOf('.');
  return stringsEqual(await signature(token.slice(0, last), secret, alg), token.slice(last + 1));
}

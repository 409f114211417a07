// itsdangerous's URLSafeTimedSerializer as Flask uses it for its session cookie (read from
// itsdangerous/signer.py, timed.py, url_safe.py and flask/sessions.py):
//   cookie    = payload + "." + timestamp + "." + signature
//   payload   = base64url(JSON), or "." + base64url(zlib(JSON)) when shorter
//   timestamp = base64url of int(time.time()) as minimal big-endian bytes
//   signature = base64url(HMAC(key', payload + "." + timestamp)), no padding
//   Flask: salt "cookie-session", key derivation "hmac" (key' = HMAC(secret, salt)), SHA-1.

import { decodeBase64Url, encodeBase64 } from './base64';
import { bigEndianNumber, numberBytes, stringsEqual, utf8Bytes } from './bytes';
import { digest, type HashName, hmac } from './hmac';

export interface ItsdangerousSigned {
  /** The payload as written, `.` included when compressed. */
  payload: string;
  /** Seconds since the epoch. */
  timestamp: number;
  timestampText: string;
  signature: string;
}

export type KeyDerivation = 'hmac' | 'django-concat' | 'concat' | 'none';

export interface ItsdangerousOptions {
  salt?: string;
  keyDerivation?: KeyDerivation;
  digest?: HashName;
}

/** Flask's SecureCookieSessionInterface. */
export const flaskSession: Required<ItsdangerousOptions> = {
  salt: 'cookie-session',
  keyDerivation: 'hmac',
  digest: 'SHA-1',
};

const shape = /^(\.?[A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{2,8})\.([A-Za-z0-9_-]{27}|[A-Za-z0-9_-]{43})$/;

/**
 * Null unless the middle part is a base64url integer for a time between 2005 and 2100 (what
 * sets this apart from other dotted values); the payload is checked by the caller.
 */
export function parseItsdangerous(text: string): ItsdangerousSigned | null {
  const match = shape.exec(text);
  if (!match) return null;
  const timestampText = match[2] as string;
  const decoded = decodeBase64Url(timestampText);
  if (!decoded) return null;
  const timestamp = bigEndianNumber(decoded);
  if (timestamp === null || timestamp < Date.UTC(2005, 0, 1) / 1000) return null;
  if (timestamp >= Date.UTC(2100, 0, 1) / 1000) return null;
  return { payload: match[1] as string, timestamp, timestampText, signature: match[3] as string };
}

async function deriveKey(secret: string, options: Required<ItsdangerousOptions>) {
  const key = utf8Bytes(secret);
  const salt = utf8Bytes(options.salt);
  switch (options.keyDerivation) {
    case 'hmac':
      return hmac(options.digest, key, salt);
    case 'django-concat':
      return digest(options.digest, utf8Bytes(`${options.salt}signer${secret}`));
    case 'concat':
      return digest(options.digest, utf8Bytes(options.salt + secret));
    case 'none':
      return key;
  }
}

export async function itsdangerousSignature(
  value: string,
  secret: string,
  options: ItsdangerousOptions = {},
): Promise<string> {
  const full = { ...flaskSession, ...options };
  const mac = await hmac(full.digest, await deriveKey(secret, full), utf8Bytes(value));
  return encodeBase64(mac, { alphabet: 'url', padded: false });
}

/** `payload.timestamp.signature`; the payload already encoded (see encodeSignedPayload). */
export async function signItsdangerous(
  payload: string,
  timestamp: number,
  secret: string,
  options: ItsdangerousOptions = {},
): Promise<string> {
  const stamp = encodeBase64(numberBytes(timestamp), { alphabet: 'url', padded: false });
  const signed = `${payload}.${stamp}`;
  return `${signed}.${await itsdangerousSignature(signed, secret, options)}`;
}

export async function verifyItsdangerous(
  signed: ItsdangerousSigned,
  secret: string,
  options: ItsdangerousOptions = {},
): Promise<boolean> {
  const expected = await itsdangerousSignature(
    `${signed.payload}.${signed.timestampText}`,
    secret,
    options,
  );
  return stringsEqual(expected, signed.signature);
}

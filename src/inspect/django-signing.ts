// Django's django.core.signing (3.2 to 5.x), read from django/core/signing.py and
// django/utils/crypto.py:
//   Signer.sign(v)          = v + ":" + base64url(HMAC(key', v)), no padding
//   TimestampSigner.sign(v) = Signer.sign(v + ":" + base62(int(time.time())))
//   key' = hash(salt + "signer" + key)            (salted_hmac's key derivation)
//   hash = sha256 by default (sha1 in Django < 3.1 and with DEFAULT_HASHING_ALGORITHM='sha1')
// What key and salt a value was signed with depends on who signed it:
//   - set_signed_cookie(name, v, salt=s): TimestampSigner, key "django.http.cookies" + SECRET_KEY,
//     salt name + s;
//   - the signed_cookies session backend: signing.dumps(session, compress=True), a
//     TimestampSigner with key SECRET_KEY and salt "django.contrib.sessions.backends.signed_cookies";
//   - Signer() / TimestampSigner() in application code: key SECRET_KEY, salt the class path.

import { decodeBase64Url, encodeBase64 } from './base64';
import { stringsEqual, utf8Bytes } from './bytes';
import { digest, type HashName, hmac } from './hmac';

export type DjangoAlgorithm = 'sha1' | 'sha256' | 'sha512';

export interface DjangoSigned {
  /** What was signed, without the timestamp. */
  value: string;
  /** Signing time in seconds since the epoch (TimestampSigner), or null (Signer). */
  timestamp: number | null;
  timestampText: string | null;
  signature: string;
  /** Told by the signature's length. */
  algorithm: DjangoAlgorithm;
}

export type DjangoPurpose =
  /** request.get_signed_cookie(name, salt=salt) / response.set_signed_cookie(...). */
  | { kind: 'signed-cookie'; name: string; salt?: string }
  /** SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies". */
  | { kind: 'session' }
  /** Signer(salt=...) or TimestampSigner(salt=...) with SECRET_KEY. */
  | { kind: 'signer'; salt?: string };

export const djangoSessionSalt = 'django.contrib.sessions.backends.signed_cookies';

const hashes: Record<DjangoAlgorithm, HashName> = {
  sha1: 'SHA-1',
  sha256: 'SHA-256',
  sha512: 'SHA-512',
};

const algorithmByLength: Record<number, DjangoAlgorithm> = {
  27: 'sha1',
  43: 'sha256',
  86: 'sha512',
};

// Django's BASE62_ALPHABET (formerly django.utils.baseconv): digits, upper case, lower case.
const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function b62Encode(value: number): string {
  if (value === 0) return '0';
  let rest = Math.abs(Math.floor(value));
  let text = '';
  while (rest > 0) {
    text = base62[rest % 62] + text;
    rest = Math.floor(rest / 62);
  }
  return value < 0 ? `-${text}` : text;
}

export function b62Decode(text: string): number | null {
  if (!/^-?[0-9A-Za-z]{1,10}$/.test(text)) return null;
  const negative = text.startsWith('-');
  let value = 0;
  for (const char of negative ? text.slice(1) : text) value = value * 62 + base62.indexOf(char);
  return negative ? -value : value;
}

/** Signing times outside these years are taken as chance, not as a TimestampSigner's stamp. */
export const plausibleSince = Date.UTC(2005, 0, 1) / 1000;
export const plausibleUntil = Date.UTC(2100, 0, 1) / 1000;

/**
 * `value:signature` or `value:timestamp:signature`; null unless the signature is unpadded
 * base64url of a SHA-1, SHA-256 or SHA-512 length. A middle part counts as a timestamp only
 * when it is base62 for a date between 2005 and 2100.
 */
export function parseDjangoSigned(text: string): DjangoSigned | null {
  const cut = text.lastIndexOf(':');
  if (cut <= 0) return null;
  const signature = text.slice(cut + 1);
  const algorithm = algorithmByLength[signature.length];
  if (!algorithm || !isUrlBase64(signature)) return null;
  const signed = text.slice(0, cut);
  const timeCut = signed.lastIndexOf(':');
  if (timeCut > 0) {
    const timestampText = signed.slice(timeCut + 1);
    const timestamp = /^[0-9A-Za-z]{5,7}$/.test(timestampText) ? b62Decode(timestampText) : null;
    if (timestamp !== null && timestamp >= plausibleSince && timestamp < plausibleUntil) {
      return { value: signed.slice(0, timeCut), timestamp, timestampText, signature, algorithm };
    }
  }
  return { value: signed, timestamp: null, timestampText: null, signature, algorithm };
}

function isUrlBase64(text: string): boolean {
  return decodeBase64Url(text) !== null;
}

/** `base64_hmac(salt + "signer", value, key, algorithm)`. */
export async function djangoSignature(
  value: string,
  key: string,
  salt: string,
  algorithm: DjangoAlgorithm = 'sha256',
): Promise<string> {
  const hash = hashes[algorithm];
  const derived = await digest(hash, utf8Bytes(`${salt}signer${key}`));
  const mac = await hmac(hash, derived, utf8Bytes(value));
  return encodeBase64(mac, { alphabet: 'url', padded: false });
}

/** The key and salt Django uses for this purpose, given SECRET_KEY. */
export function djangoKeyAndSalt(
  purpose: DjangoPurpose,
  secret: string,
  timestamped: boolean,
): { key: string; salt: string } {
  switch (purpose.kind) {
    case 'signed-cookie':
      return { key: `django.http.cookies${secret}`, salt: purpose.name + (purpose.salt ?? '') };
    case 'session':
      return { key: secret, salt: djangoSessionSalt };
    case 'signer':
      return {
        key: secret,
        salt:
          purpose.salt ??
          (timestamped ? 'django.core.signing.TimestampSigner' : 'django.core.signing.Signer'),
      };
  }
}

export interface DjangoSignOptions {
  /** SECRET_KEY. */
  secret: string;
  purpose: DjangoPurpose;
  algorithm?: DjangoAlgorithm;
  /** Seconds since the epoch for a TimestampSigner; null for a plain Signer. */
  timestamp: number | null;
}

export async function signDjango(value: string, options: DjangoSignOptions): Promise<string> {
  const { key, salt } = djangoKeyAndSalt(
    options.purpose,
    options.secret,
    options.timestamp !== null,
  );
  const signed =
    options.timestamp === null ? value : `${value}:${b62Encode(Math.floor(options.timestamp))}`;
  return `${signed}:${await djangoSignature(signed, key, salt, options.algorithm)}`;
}

export async function verifyDjango(
  signed: DjangoSigned,
  secret: string,
  purpose: DjangoPurpose,
): Promise<boolean> {
  const { key, salt } = djangoKeyAndSalt(purpose, secret, signed.timestamp !== null);
  const message =
    signed.timestampText === null ? signed.value : `${signed.value}:${signed.timestampText}`;
  return stringsEqual(
    await djangoSignature(message, key, salt, signed.algorithm),
    signed.signature,
  );
}

/**
 * Which of the usual purposes this secret verifies the value under, or null. The UI knows the
 * cookie name but not the salt an application passed, so only the default salts are tried.
 */
export async function findDjangoPurpose(
  signed: DjangoSigned,
  secret: string,
  name?: string,
): Promise<DjangoPurpose | null> {
  const candidates: DjangoPurpose[] = [
    ...(name !== undefined ? [{ kind: 'signed-cookie' as const, name }] : []),
    { kind: 'session' },
    { kind: 'signer' },
  ];
  for (const purpose of candidates) {
    if (await verifyDjango(signed, secret, purpose)) return purpose;
  }
  return null;
}

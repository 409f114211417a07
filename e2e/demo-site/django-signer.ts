/**
 * Django's `response.set_signed_cookie` / `request.get_signed_cookie`, with node:crypto:
 * a TimestampSigner (django/core/signing.py) with
 *   key  = "django.http.cookies" + SECRET_KEY,   salt = cookie name + salt argument,
 *   value:timestamp:signature,  timestamp = base62(int(time.time())),
 *   signature = urlsafe base64, unpadded, of HMAC-SHA256(sha256(salt + "signer" + key), value:timestamp).
 * src/inspect/django-signing.ts implements the same in the extension with WebCrypto; this one
 * is written apart on purpose, so the tests can check each against the other.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

const base62Alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Django's b62_encode for the whole seconds of a timestamp. */
export function base62(seconds: number): string {
  let rest = Math.floor(seconds);
  let text = '';
  do {
    text = base62Alphabet[rest % 62] + text;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return text;
}

function fromBase62(text: string): number | undefined {
  if (!/^[0-9A-Za-z]{1,10}$/.test(text)) return undefined;
  let value = 0;
  for (const char of text) value = value * 62 + base62Alphabet.indexOf(char);
  return value;
}

function signature(message: string, secret: string, cookieName: string, salt: string): string {
  const key = `django.http.cookies${secret}`;
  const derived = createHash('sha256').update(`${cookieName}${salt}signer${key}`).digest();
  return createHmac('sha256', derived).update(message).digest('base64url');
}

/** `response.set_signed_cookie(name, value, salt=salt)`: the cookie's value, before quoting. */
export function signCookieValue(
  cookieName: string,
  value: string,
  secret: string,
  nowSeconds: number,
  salt = '',
): string {
  const message = `${value}:${base62(nowSeconds)}`;
  return `${message}:${signature(message, secret, cookieName, salt)}`;
}

export type Unsigned =
  | { kind: 'verified'; value: string; signedAt: number; ageSeconds: number }
  /** BadSignature: no signature, a changed value or timestamp, another secret or salt. */
  | { kind: 'tampered' }
  /** SignatureExpired (a BadSignature too): signed longer ago than max_age. */
  | { kind: 'expired'; value: string; ageSeconds: number };

/** `get_signed_cookie(name, salt=salt, max_age=maxAgeSeconds)`'s unsign, without the default. */
export function unsignCookieValue(
  cookieName: string,
  signed: string,
  secret: string,
  nowSeconds: number,
  maxAgeSeconds: number,
  salt = '',
): Unsigned {
  const cut = signed.lastIndexOf(':');
  if (cut === -1) return { kind: 'tampered' };
  const message = signed.slice(0, cut);
  const expected = Buffer.from(signature(message, secret, cookieName, salt));
  const given = Buffer.from(signed.slice(cut + 1));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { kind: 'tampered' };
  }
  const timeCut = message.lastIndexOf(':');
  const signedAt = timeCut === -1 ? undefined : fromBase62(message.slice(timeCut + 1));
  if (signedAt === undefined) return { kind: 'tampered' };
  const value = message.slice(0, timeCut);
  const ageSeconds = nowSeconds - signedAt;
  if (ageSeconds > maxAgeSeconds) return { kind: 'expired', value, ageSeconds };
  return { kind: 'verified', value, signedAt, ageSeconds };
}

import { createHash, createHmac } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { sign as expressSign } from 'cookie-signature';
import Keygrip from 'keygrip';

// Cookie values as the frameworks' servers write them, made here the way each framework does
// (Express with its own library; Django and Flask by their published algorithms), so the
// inspector is shown real shapes, computed independently of its own code in src/inspect/.

export const frameworkSecret = 'correct horse battery staple';

const b64url = (bytes: Buffer) => bytes.toString('base64url');

/** Django's base62 (django.core.signing.b62_encode). */
function base62(n: number): string {
  const digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let out = '';
  let rest = n;
  do {
    out = digits[rest % 62] + out;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return out;
}

/** django.utils.crypto.salted_hmac, sha256 (Django ≥ 3.1's default). */
function djangoSignature(salt: string, value: string, secret: string): string {
  const key = createHash('sha256').update(`${salt}signer${secret}`).digest();
  return b64url(createHmac('sha256', key).update(value).digest());
}

/** `response.set_signed_cookie(name, value)`: TimestampSigner, key "django.http.cookies" + SECRET_KEY. */
export function djangoSignedCookie(name: string, value: string, timeSeconds: number): string {
  const stamped = `${value}:${base62(timeSeconds)}`;
  return `${stamped}:${djangoSignature(name, stamped, `django.http.cookies${frameworkSecret}`)}`;
}

/** Django's signed_cookies session backend: signing.dumps(data, compress=True) as its sessionid. */
export function djangoSessionCookie(data: unknown, timeSeconds: number): string {
  // JSONSerializer: compact separators; compressed when that saves more than a byte.
  const json = Buffer.from(JSON.stringify(data));
  const compressed = deflateSync(json);
  const payload = compressed.length < json.length - 1 ? `.${b64url(compressed)}` : b64url(json);
  const stamped = `${payload}:${base62(timeSeconds)}`;
  const salt = 'django.contrib.sessions.backends.signed_cookies';
  return `${stamped}:${djangoSignature(salt, stamped, frameworkSecret)}`;
}

/** Flask's session cookie: itsdangerous URLSafeTimedSerializer, salt cookie-session, HMAC-SHA1. */
export function flaskSessionCookie(data: unknown, timeSeconds: number): string {
  const payload = b64url(Buffer.from(JSON.stringify(data)));
  const stamp = Buffer.alloc(4);
  stamp.writeUInt32BE(timeSeconds);
  const value = `${payload}.${b64url(stamp)}`;
  const key = createHmac('sha1', frameworkSecret).update('cookie-session').digest();
  return `${value}.${b64url(createHmac('sha1', key).update(value).digest())}`;
}

/** cookie-parser's `res.cookie(name, value, { signed: true })`, URL-encoded as Express sends it. */
export function expressSignedCookie(value: string): string {
  return encodeURIComponent(`s:${expressSign(value, frameworkSecret)}`);
}

/** An HS256 JSON Web Token. */
export function jwt(payload: Record<string, unknown>, alg: 'HS256' | 'none' = 'HS256'): string {
  const head = b64url(Buffer.from(JSON.stringify({ alg, typ: 'JWT' })));
  const body = b64url(Buffer.from(JSON.stringify(payload)));
  if (alg === 'none') return `${head}.${body}.`;
  const signature = createHmac('sha256', frameworkSecret).update(`${head}.${body}`).digest();
  return `${head}.${body}.${b64url(signature)}`;
}

/** Python's http.cookies quoting (what Django sends for a value with `;` or `é`). */
export function pythonQuoted(value: string): string {
  const unescaped = /[A-Za-z0-9!#$%&'*+\-.^_`|~: ()/<=>?@[\]{}]/;
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (code < 256 && !unescaped.test(ch)) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += ch;
  }
  return out === value ? value : `"${out}"`;
}

/** cookie-session's pair: the session as base64 JSON, and `<name>.sig` signed by keygrip. */
export function cookieSessionPair(name: string, data: unknown): [string, string] {
  const value = Buffer.from(JSON.stringify(data)).toString('base64');
  return [value, new Keygrip([frameworkSecret]).sign(`${name}=${value}`)];
}

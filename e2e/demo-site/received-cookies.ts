import type { Request } from 'express';

export interface ReceivedCookie {
  name: string;
  /** The value as cookie-parser decoded it (URL-decoded; `j:` JSON re-serialised as text). */
  value: string;
  /** How cookie-parser classified it: plain, JSON, signed and verified, or signed but refused. */
  how: string;
  /** UTF-8 bytes of name + value: what the 4096-byte browser limit counts. */
  bytes: number;
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

function entriesOf(record: unknown): Array<[string, unknown]> {
  return typeof record === 'object' && record !== null ? Object.entries(record) : [];
}

/**
 * Every cookie of the request as cookie-parser saw it. cookie-parser moves `s:`-prefixed values
 * out of req.cookies into req.signedCookies (false when the signature does not verify), and turns
 * `j:` values into objects: both are listed here, as text.
 * When the browser sends two cookies with one name (different paths), cookie-parser keeps the
 * first, which is the one with the longest path.
 */
export function receivedCookies(req: Request): ReceivedCookie[] {
  const list: ReceivedCookie[] = [];
  for (const [name, value] of entriesOf(req.cookies)) {
    const text = textOf(value);
    const how = typeof value === 'string' ? 'plain' : 'JSON (j: prefix, decoded by cookie-parser)';
    list.push({ name, value: text, how, bytes: Buffer.byteLength(name + text) });
  }
  for (const [name, value] of entriesOf(req.signedCookies)) {
    if (value === false) {
      const how = 'signed (s: prefix), signature does NOT match: value refused';
      list.push({ name, value: '(refused)', how, bytes: Buffer.byteLength(name) });
      continue;
    }
    const text = textOf(value);
    list.push({
      name,
      value: text,
      how: 'signed, signature verified',
      bytes: Buffer.byteLength(name + text),
    });
  }
  return list;
}

/** A cookie's value only when it arrived as a plain string (not JSON, not signed). */
export function plainCookie(req: Request, name: string): string | undefined {
  const cookies: unknown = req.cookies;
  if (typeof cookies !== 'object' || cookies === null || !Object.hasOwn(cookies, name)) {
    return undefined;
  }
  const value: unknown = Reflect.get(cookies, name);
  return typeof value === 'string' ? value : undefined;
}

/**
 * Whether a cookie of this name arrived in any form. A `j:` JSON or signed value counts as
 * received (and then as malformed for cookies that should be plain).
 */
export function cookieWasSent(req: Request, name: string): boolean {
  const cookies: unknown = req.cookies;
  const signed: unknown = req.signedCookies;
  const has = (record: unknown) =>
    typeof record === 'object' && record !== null && Object.hasOwn(record, name);
  return has(cookies) || has(signed);
}

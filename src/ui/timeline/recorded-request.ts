import { parseString, splitCookiesString } from 'set-cookie-parser';
import { cookieHost } from '../../cookies/cookie';

/** A cookie a response asked for, from one of its Set-Cookie headers. */
export interface SetCookieInstruction {
  name: string;
  /** As sent, not decoded: the browser stores it so. */
  value: string;
  /** The Domain attribute, without a leading dot; absent for a host-only cookie. */
  domain?: string;
  /** The Path attribute as sent; absent (or not starting with "/") means the default path. */
  path?: string;
  partitioned?: boolean;
  /** Max-Age in seconds; it wins over Expires (RFC 6265 §5.3 step 3). */
  maxAge?: number;
  /** Expires, in ms since the epoch. */
  expires?: number;
}

/** A finished network request of the inspected page, as the DevTools network log shows it. */
export interface RecordedRequest {
  id: number;
  url: string;
  method: string;
  status: number;
  /** When the request started (ms since the epoch). */
  startedAt: number;
  /** When the response finished (ms since the epoch); its Set-Cookie applied before that. */
  finishedAt: number;
  setCookies: SetCookieInstruction[];
}

// Windows-1252's characters for the bytes 0x80-0x9F (the others are Latin-1's own).
const windows1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
// Not fatal: the cookies API shows bytes that are not UTF-8 as U+FFFD, and so does this.
const utf8 = new TextDecoder('utf-8');

function byteOf(ch: string): number | undefined {
  const code = ch.charCodeAt(0);
  const special = windows1252.indexOf(ch);
  if (special !== -1) return 0x80 + special;
  return code <= 0xff ? code : undefined;
}

/**
 * DevTools shows a header's bytes one character each, as Windows-1252 (measured in Chromium
 * 156: the UTF-8 bytes of "é€" arrive as "Ã©â‚¬"), while the cookies API decodes a cookie's
 * bytes as UTF-8 (invalid ones as U+FFFD): decode the same way, or a non-ASCII value never
 * matches its cookie. A value that is not such a byte string is left as it is.
 */
export function headerText(value: string): string {
  if (!/[^\x20-\x7e]/.test(value)) return value;
  const bytes: number[] = [];
  for (const ch of value) {
    const byte = byteOf(ch);
    if (byte === undefined) return value;
    bytes.push(byte);
  }
  return utf8.decode(Uint8Array.from(bytes));
}

/** The Set-Cookie headers of a response (any header-name case; comma-joined values split). */
export function setCookieInstructions(
  headers: { name: string; value: string }[],
): SetCookieInstruction[] {
  const values = headers.filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value);
  // DevTools joins repeated headers with newlines; other sources join them with commas.
  const headerValues = values
    .flatMap((value) => headerText(value).split('\n'))
    .flatMap((v) => splitCookiesString(v));
  return headerValues.flatMap((header) => {
    // set-cookie-parser 3 reads Partitioned; its types (@types 2.4) do not know it yet.
    const parsed: ({ partitioned?: boolean } & ReturnType<typeof parseString>) | null = parseString(
      header,
      { decodeValues: false, silent: true },
    );
    if (!parsed || (!parsed.name && !parsed.value)) return [];
    const instruction: SetCookieInstruction = { name: parsed.name, value: parsed.value };
    if (parsed.domain) instruction.domain = cookieHost(parsed.domain).toLowerCase();
    if (parsed.path) instruction.path = parsed.path;
    if (parsed.partitioned) instruction.partitioned = true;
    if (parsed.maxAge !== undefined) instruction.maxAge = parsed.maxAge;
    if (parsed.expires) instruction.expires = parsed.expires.getTime();
    return [instruction];
  });
}

/**
 * Whether the instruction deletes its cookie rather than sets it: a Max-Age of zero or less,
 * or (without Max-Age) an Expires at or before `at`, when the browser applied it.
 */
export function deletesCookie(instruction: SetCookieInstruction, at: number): boolean {
  if (instruction.maxAge !== undefined) return instruction.maxAge <= 0;
  return instruction.expires !== undefined && instruction.expires <= at;
}

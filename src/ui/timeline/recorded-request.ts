import { parseString, splitCookiesString } from 'set-cookie-parser';

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

/** The Set-Cookie headers of a response (any header-name case; comma-joined values split). */
export function setCookieInstructions(
  headers: { name: string; value: string }[],
): SetCookieInstruction[] {
  const values = headers.filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value);
  // DevTools joins repeated headers with newlines; other sources join them with commas.
  const headerValues = values
    .flatMap((value) => value.split('\n'))
    .flatMap((v) => splitCookiesString(v));
  return headerValues.flatMap((header) => {
    // set-cookie-parser 3 reads Partitioned; its types (@types 2.4) do not know it yet.
    const parsed: ({ partitioned?: boolean } & ReturnType<typeof parseString>) | null = parseString(
      header,
      { decodeValues: false, silent: true },
    );
    if (!parsed || (!parsed.name && !parsed.value)) return [];
    const instruction: SetCookieInstruction = { name: parsed.name, value: parsed.value };
    if (parsed.domain) instruction.domain = parsed.domain.replace(/^\./, '').toLowerCase();
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

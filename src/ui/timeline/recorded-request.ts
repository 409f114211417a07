import { parseString, splitCookiesString } from 'set-cookie-parser';
import { cookieHost } from '../../cookies/cookie';

/** A cookie a response asked for, from one of its Set-Cookie headers. */
export interface SetCookieInstruction {
  name: string;
  value: string;
  /** The Domain attribute, without a leading dot; absent for a host-only cookie. */
  domain?: string;
  path?: string;
}

/** A finished network request of the inspected page, as the DevTools network log shows it. */
export interface RecordedRequest {
  id: number;
  url: string;
  method: string;
  status: number;
  /** When the response finished (ms since the epoch). */
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
    const parsed = parseString(header, { decodeValues: false });
    if (!parsed || (!parsed.name && !parsed.value)) return [];
    const instruction: SetCookieInstruction = { name: parsed.name, value: parsed.value };
    if (parsed.domain) instruction.domain = cookieHost(parsed.domain).toLowerCase();
    if (parsed.path) instruction.path = parsed.path;
    return [instruction];
  });
}

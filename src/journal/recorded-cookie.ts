import type { Cookie } from '../cookies/cookie';
import { maxExpirySeconds } from '../cookies/validate-cookie';
import type { RecordedCookie, RedactedCookie } from './journal-entry';

export const isRedacted = (cookie: RecordedCookie): cookie is RedactedCookie =>
  'valueDigest' in cookie;

/**
 * A 53-bit fingerprint of a value (cyrb53). It only tells whether a cookie still holds the value
 * it had, for an action kept without undo; it is no secret and protects nothing.
 */
export function valueDigest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (2097152 * (h2 >>> 0) + (h1 >>> 0)).toString(36);
}

export function redact(cookie: RecordedCookie): RedactedCookie {
  if (isRedacted(cookie)) return cookie;
  const { value, ...rest } = cookie;
  return { ...rest, valueDigest: valueDigest(value) };
}

const expiryTolerance = 2;

function expiryOf(cookie: Pick<Cookie, 'session' | 'expirationDate'>): number | undefined {
  return cookie.session ? undefined : cookie.expirationDate;
}

/**
 * Which attributes of the browser's cookie differ from a recorded one, in the user's words.
 * `since` is when the action started: an expiry more than 400 days ahead is stored shortened to
 * 400 days from the moment of the write, so a shortened one is not a difference.
 */
export function changedAttributes(
  current: Cookie,
  recorded: RecordedCookie,
  since: number,
): string[] {
  const fields: string[] = [];
  const sameValue = isRedacted(recorded)
    ? valueDigest(current.value) === recorded.valueDigest
    : current.value === recorded.value;
  if (!sameValue) fields.push('value');
  if (current.secure !== recorded.secure) fields.push('Secure');
  if (current.httpOnly !== recorded.httpOnly) fields.push('HttpOnly');
  if (current.sameSite !== recorded.sameSite) fields.push('SameSite');
  if (!sameExpiry(expiryOf(current), expiryOf(recorded), since)) fields.push('expiry');
  return fields;
}

function sameExpiry(now: number | undefined, then: number | undefined, since: number): boolean {
  if (now === undefined || then === undefined) return now === then;
  if (Math.abs(now - then) <= expiryTolerance) return true;
  return then > now && now >= since + maxExpirySeconds - expiryTolerance;
}

/** Whether the browser's cookie at an identity (or its absence) is the recorded state. */
export function isRecordedState(
  current: Cookie | undefined,
  recorded: RecordedCookie | undefined,
  since: number,
): boolean {
  if (!current || !recorded) return current === undefined && recorded === undefined;
  return changedAttributes(current, recorded, since).length === 0;
}

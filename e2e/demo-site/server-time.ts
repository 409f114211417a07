import type { Checked } from './cookie-rules';

/**
 * The timestamps the demo writes into cookies (last_visit, last_connection): ISO 8601 in UTC, as
 * Date.prototype.toISOString writes them. The classic tutorial writes str(datetime.now()) and
 * slices it back, which breaks on any edited value; here anything else is reported as malformed.
 */
export function formatTimestamp(ms: number): string {
  return new Date(ms).toISOString();
}

const timestampPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Reads a timestamp written by formatTimestamp; a date ahead of the clock is refused too. */
export function readTimestamp(text: string, now: number): Checked<number> {
  const time = timestampPattern.test(text) ? Date.parse(text) : Number.NaN;
  // Date.parse accepts 2025-02-30; the round trip catches dates that do not exist.
  if (Number.isNaN(time) || formatTimestamp(time) !== text) {
    return { ok: false, error: `"${text}" is not a date in the form 2025-01-31T12:00:00.000Z` };
  }
  if (time > now) {
    return {
      ok: false,
      error: `${text} is in the future (the server's clock says ${formatTimestamp(now)})`,
    };
  }
  return { ok: true, value: time };
}

/** "12 s ago" style ages for the pages. */
export function secondsBetween(earlier: number, later: number): number {
  return Math.floor((later - earlier) / 1000);
}

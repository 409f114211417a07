/**
 * Conversion between epoch seconds and the value of an `<input type="datetime-local" step="1">`,
 * which is always in the user's local time zone (the process time zone in tests).
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function toDateTimeLocal(epochSeconds: number): string {
  const d = new Date(Math.floor(epochSeconds) * 1000);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(
    d.getHours(),
  )}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

const localPattern = /^(\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** Epoch seconds for a local date-time string, or undefined when it is not a real date. */
export function fromDateTimeLocal(value: string): number | undefined {
  const m = localPattern.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map((s) => Number(s ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const d = new Date(year, month - 1, day, hour, minute, second);
  // Reject dates that JavaScript silently rolls over (31 February → 3 March).
  if (d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== day) {
    return undefined;
  }
  // A local time skipped by a daylight-saving change moves forward; that is what the user meant.
  return d.getTime() / 1000;
}

/**
 * The expiry to write for an edited cookie: when the user left the field as it was shown, the
 * original expiry (with its fraction of a second) is kept, so an edit never shifts it.
 */
export function expiryFromInput(
  input: string,
  original: number | undefined,
): number | undefined | 'invalid' {
  if (original !== undefined && input === toDateTimeLocal(original)) return original;
  const parsed = fromDateTimeLocal(input);
  return parsed === undefined ? 'invalid' : parsed;
}

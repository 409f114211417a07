import { uiLocale } from '../i18n/t';
import type { Cookie } from './cookie';

export type Lifetime =
  | { kind: 'session' }
  | { kind: 'persistent'; expiresAt: Date; expired: boolean };

/**
 * Session cookies end when the browser closes; persistent ones carry an expiry. The browser
 * reports both `session` and `expirationDate`; trust the expiry only when `session` is false.
 * (No Date is made: lists call this for thousands of cookies on every keystroke.)
 */
export function isSessionCookie(cookie: Pick<Cookie, 'session' | 'expirationDate'>): boolean {
  return cookie.session || cookie.expirationDate === undefined;
}

export function classifyLifetime(
  cookie: Pick<Cookie, 'session' | 'expirationDate'>,
  now: Date = new Date(),
): Lifetime {
  if (isSessionCookie(cookie)) return { kind: 'session' };
  // Not a session cookie: isSessionCookie saw an expiry.
  const expiresAt = new Date((cookie.expirationDate as number) * 1000);
  return { kind: 'persistent', expiresAt, expired: expiresAt.getTime() <= now.getTime() };
}

/** Cookie expiries are in seconds since the epoch. */
export const daySeconds = 24 * 3600;

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * daySeconds],
  ['month', 30 * daySeconds],
  ['week', 7 * daySeconds],
  ['day', daySeconds],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/**
 * "in 3 days", "5 minutes ago": the largest unit the time reaches, to within half of the next
 * smaller unit, rounded to the nearest whole unit. Rounding down made a 7-day cookie read
 * "in 6 days" and a 14-day one "in 1 week", as both are a few seconds short by the time a row
 * renders (issue 12); the half-unit margin keeps a 30-day cookie from reading "in 4 weeks".
 */
export function relativeTime(target: Date, now: Date, locale = uiLocale()): string {
  const seconds = (target.getTime() - now.getTime()) / 1000;
  const magnitude = Math.abs(seconds);
  const reached = units.find(([, size], index) => {
    const smaller = units[index + 1];
    return magnitude >= (smaller ? size - smaller[1] / 2 : size);
  });
  if (!reached) return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(0, 'second');
  const [unit, size] = reached;
  // Math.round(-1.5) is -1: round the magnitude so the past rounds as the future does.
  return relativeFormat(locale).format(Math.sign(seconds) * Math.round(magnitude / size), unit);
}

// Building an Intl formatter costs far more than using one, and long lists format every row.
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (!format) {
    // numeric 'always': "in 1 week", not "next week", which reads like a calendar week.
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
    relativeFormats.set(locale, format);
  }
  return format;
}

/** The expiry as a local date and time, to the second, in the user's time zone and language. */
export function formatLocalDateTime(
  date: Date,
  locale: string = uiLocale(),
  timeZone?: string,
): string {
  const key = `${locale}|${timeZone ?? ''}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = dateTimeFormat(locale, timeZone);
    dateFormats.set(key, format);
  }
  return format.format(date);
}

function dateTimeFormat(locale: string, timeZone?: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
    ...(timeZone ? { timeZone } : {}),
  });
}

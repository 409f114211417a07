import { describe, expect, it } from 'vitest';
import { classifyLifetime, formatLocalDateTime, relativeTime } from './classify-lifetime';

const now = new Date('2026-11-25T12:00:00Z');
const inSeconds = (s: number) => now.getTime() / 1000 + s;

describe('classifyLifetime', () => {
  it.each([
    ['session flag without expiry', { session: true }, 'session'],
    [
      'session flag wins over a stray expiry',
      { session: true, expirationDate: inSeconds(60) },
      'session',
    ],
    ['no expiry at all', { session: false }, 'session'],
    ['an expiry', { session: false, expirationDate: inSeconds(3600) }, 'persistent'],
  ])('%s → %s', (_label, cookie, kind) => {
    expect(classifyLifetime(cookie, now).kind).toBe(kind);
  });

  it('keeps the exact expiry, fraction included, and says whether it has passed', () => {
    const lifetime = classifyLifetime({ session: false, expirationDate: inSeconds(10.5) }, now);
    expect(lifetime).toEqual({
      kind: 'persistent',
      expiresAt: new Date(now.getTime() + 10_500),
      expired: false,
    });
    expect(classifyLifetime({ session: false, expirationDate: inSeconds(-1) }, now)).toMatchObject({
      expired: true,
    });
  });
});

const minute = 60;
const hour = 3600;
const day = 24 * hour;

describe('relativeTime', () => {
  // Rounded to the nearest whole unit of the largest unit reached (to within half a smaller unit) (issue 12: a 14-day cookie
  // read "in 1 week" and a 7-day one "in 6 days", a few seconds short when the row rendered).
  it.each([
    [0, 'now'],
    [0.4, 'now'],
    [30, 'in 30 seconds'],
    [59, 'in 59 seconds'],
    [59.6, 'in 1 minute'],
    [90, 'in 2 minutes'],
    [89, 'in 1 minute'],
    [59 * minute + 40, 'in 1 hour'],
    [1.5 * hour, 'in 2 hours'],
    [5 * hour, 'in 5 hours'],
    [23.6 * hour, 'in 1 day'],
    [3 * day, 'in 3 days'],
    [3 * day + 2 * hour, 'in 3 days'],
    [3.5 * day, 'in 4 days'],
    [6.4 * day, 'in 6 days'],
    [6.6 * day, 'in 1 week'],
    [7 * day, 'in 1 week'],
    [7 * day - 3, 'in 1 week'],
    [10 * day, 'in 1 week'],
    [11 * day, 'in 2 weeks'],
    [13.5 * day, 'in 2 weeks'],
    [14 * day, 'in 2 weeks'],
    [14 * day - 3, 'in 2 weeks'],
    [30 * day, 'in 1 month'],
    [30 * day - 3, 'in 1 month'],
    [45 * day, 'in 2 months'],
    [44 * day, 'in 1 month'],
    [340 * day, 'in 11 months'],
    [364 * day, 'in 1 year'],
    [26 * day, 'in 4 weeks'],
    [365 * day, 'in 1 year'],
    [400 * day, 'in 1 year'],
    [400 * day - 3, 'in 1 year'],
    [-59, '59 seconds ago'],
    [-90, '2 minutes ago'],
    [-1.5 * hour, '2 hours ago'],
    [-2 * hour, '2 hours ago'],
    [-7 * day + 3, '1 week ago'],
    [-14 * day, '2 weeks ago'],
    [-13.5 * day, '2 weeks ago'],
    [-400 * day, '1 year ago'],
  ])('%d s → %s', (seconds, text) => {
    expect(relativeTime(new Date(now.getTime() + seconds * 1000), now)).toBe(text);
  });
});

describe('formatLocalDateTime', () => {
  it('shows the time in the given zone, to the second', () => {
    const text = formatLocalDateTime(new Date('2026-11-25T12:00:05Z'), 'en-GB', 'Asia/Tokyo');
    expect(text).toContain('21:00:05');
    expect(text).toContain('25 Nov 2026');
  });
});

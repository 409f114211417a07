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

describe('relativeTime', () => {
  it.each([
    [3 * 24 * 3600, 'in 3 days'],
    [3 * 24 * 3600 + 7200, 'in 3 days'],
    [90, 'in 1 minute'],
    [5 * 3600, 'in 5 hours'],
    [400 * 24 * 3600, 'in 1 year'],
    [45 * 24 * 3600, 'in 1 month'],
    [10 * 24 * 3600, 'in 1 week'],
    [-2 * 3600, '2 hours ago'],
    [30, 'in 30 seconds'],
    [0, 'now'],
  ])('%i s → %s', (seconds, text) => {
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

import { describe, expect, it } from 'vitest';
import type { Cookie } from '../cookies/cookie';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import { cookieJson, nameValuePair, setCookieLine } from './set-cookie-line';

describe('setCookieLine', () => {
  it.each<[string, Partial<Cookie>, string]>([
    [
      'a host-only session cookie has no Domain and no Expires',
      { sameSite: 'unspecified' },
      'sid=abc; Path=/',
    ],
    [
      'a domain cookie names its domain without the dot',
      { domain: '.a.test', hostOnly: false, sameSite: 'unspecified' },
      'sid=abc; Domain=a.test; Path=/',
    ],
    [
      'persistent: Expires as an HTTP date, whole seconds',
      { session: false, expirationDate: 1_800_000_000.75, path: '/app', sameSite: 'strict' },
      'sid=abc; Path=/app; Expires=Fri, 15 Jan 2027 08:00:00 GMT; SameSite=Strict',
    ],
    [
      'every flag, partitioned',
      {
        secure: true,
        httpOnly: true,
        sameSite: 'no_restriction',
        partitionKey: { topLevelSite: 'https://top.test' },
      },
      'sid=abc; Path=/; Secure; HttpOnly; SameSite=None; Partitioned',
    ],
    ['SameSite=Lax is written', { sameSite: 'lax' }, 'sid=abc; Path=/; SameSite=Lax'],
  ])('%s', (_, overrides, line) => {
    expect(setCookieLine(testCookie(overrides))).toBe(line);
  });
});

describe('nameValuePair and cookieJson', () => {
  it('writes name=value and the export fields', () => {
    const cookie = testCookie({ name: 'n', value: 'v=1' });
    expect(nameValuePair(cookie)).toBe('n=v=1');
    expect(JSON.parse(cookieJson(cookie))).toMatchObject({
      name: 'n',
      value: 'v=1',
      domain: 'a.test',
      hostOnly: true,
      session: true,
    });
  });
});

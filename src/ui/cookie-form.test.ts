import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import { compileSearch } from '../search/compile-search';
import { parseSearch } from '../search/parse-search';
import { draftFromForm, formFromCookie, newCookieForm } from './cookie-form';
import { countLifetimes, filterCookies, sortCookies } from './filter-cookies';

const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  process.env.TZ = savedTz;
});

const now = Date.UTC(2026, 10, 25, 12, 0, 0) / 1000;

describe('the edit form', () => {
  it('round-trips a persistent cookie unchanged, expiry fraction included', () => {
    const cookie = testCookie({
      domain: '.a.test',
      hostOnly: false,
      session: false,
      expirationDate: now + 3600.75,
    });
    const form = formFromCookie(cookie, now);
    expect(form).toMatchObject({
      domain: 'a.test',
      hostOnly: false,
      session: false,
      expires: '2026-11-25T14:00:00',
    });
    expect(draftFromForm(form, '0', cookie)).toEqual({
      draft: {
        name: 'sid',
        value: 'abc',
        domain: 'a.test',
        hostOnly: false,
        path: '/',
        secure: false,
        httpOnly: false,
        sameSite: 'lax',
        storeId: '0',
        expirationDate: now + 3600.75,
      },
    });
  });

  it('reads a changed expiry in the user time zone', () => {
    const cookie = testCookie({ session: false, expirationDate: now + 3600 });
    const form = { ...formFromCookie(cookie, now), expires: '2026-12-01T09:30:00' };
    expect(draftFromForm(form, '0', cookie)).toMatchObject({
      draft: { expirationDate: Date.UTC(2026, 11, 1, 8, 30) / 1000 },
    });
  });

  it('drops the expiry of a cookie made a session cookie', () => {
    const cookie = testCookie({ session: false, expirationDate: now + 3600 });
    const result = draftFromForm({ ...formFromCookie(cookie, now), session: true }, '0', cookie);
    expect('draft' in result && result.draft.expirationDate).toBeUndefined();
  });

  it('reports an incomplete date beside the expiry field', () => {
    const form = {
      ...newCookieForm('https://a.test/', 'a.test', now),
      session: false,
      expires: '2026-12-01',
    };
    expect(draftFromForm(form, '0')).toEqual({
      issues: [
        { field: 'expirationDate', severity: 'error', message: 'Enter a complete date and time.' },
      ],
    });
  });

  it('keeps the partition of a partitioned cookie, cross-site flag included', () => {
    const cookie = testCookie({
      secure: true,
      partitionKey: { topLevelSite: 'https://b.test', hasCrossSiteAncestor: true },
    });
    const result = draftFromForm(formFromCookie(cookie, now), '0', cookie);
    expect(result).toMatchObject({
      draft: { partitionKey: { topLevelSite: 'https://b.test', hasCrossSiteAncestor: true } },
    });
  });
});

describe('newCookieForm', () => {
  it.each([
    [
      'https://sub.a.test/x',
      'a.test',
      {
        domain: 'sub.a.test',
        secure: true,
        hostOnly: true,
        path: '/',
        session: true,
        topLevelSite: 'https://a.test',
      },
    ],
    ['http://a.test:8080/', 'a.test', { domain: 'a.test', secure: false }],
    ['http://[::1]:3000/', '::1', { domain: '::1' }],
  ])('%s → %o', (url, site, expected) => {
    expect(newCookieForm(url, site, now)).toMatchObject(expected);
  });

  it('starts a persistent expiry 30 days ahead, never now', () => {
    expect(newCookieForm('https://a.test/', 'a.test', now).expires).toBe('2026-12-25T13:00:00');
  });
});

describe('filterCookies, sortCookies, countLifetimes', () => {
  const cookies = [
    testCookie({ name: 'b', value: 'Hello', domain: 'x.a.test' }),
    testCookie({
      name: 'a',
      value: 'v',
      domain: '.a.test',
      hostOnly: false,
      path: '/p',
      session: false,
      expirationDate: now + 60,
    }),
    testCookie({ name: 'a', value: 'v', domain: 'a.test' }),
  ];
  it.each([
    ['', 3],
    ['hello', 1],
    ['X.A', 1],
    ['a v', 2],
    ['zzz', 0],
  ])('filter %j → %i rows', (query, count) => {
    const search = compileSearch(parseSearch(query), { hasPage: false });
    expect(filterCookies(cookies, search, { now: now * 1000 })).toHaveLength(count);
  });

  it('sorts by name, host, then path; keeps same-name cookies as separate rows', () => {
    expect(sortCookies(cookies).map((c) => `${c.name} ${c.domain}${c.path}`)).toEqual([
      'a a.test/',
      'a .a.test/p',
      'b x.a.test/',
    ]);
  });

  it('counts session and persistent cookies', () => {
    expect(countLifetimes(cookies)).toEqual({ session: 2, persistent: 1 });
  });
});

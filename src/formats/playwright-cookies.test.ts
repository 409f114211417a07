import { describe, expect, it } from 'vitest';
import { draftFromCookie } from '../cookies/cookie';
import { publicSuffixRules } from '../cookies/cookie-site';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import { detectFormat } from './detect-format';
import {
  exportPlaywrightAddCookies,
  exportPlaywrightStorageState,
  playwrightCookies,
} from './playwright-cookies';

const now = new Date('2026-12-02T12:00:00Z');
const nowSeconds = now.getTime() / 1000;

describe('playwrightCookies', () => {
  it.each([
    ['strict', 'Strict'],
    ['lax', 'Lax'],
    ['unspecified', 'Lax'],
    ['no_restriction', 'None'],
  ] as const)('SameSite %s → %s', (sameSite, expected) => {
    expect(playwrightCookies([testCookie({ sameSite })], now)[0]?.sameSite).toBe(expected);
  });

  it('writes -1 for a session cookie and the expiry of a persistent one', () => {
    const [session, persistent] = playwrightCookies(
      [
        testCookie({ name: 's' }),
        testCookie({ name: 'p', session: false, expirationDate: nowSeconds + 60.5 }),
      ],
      now,
    );
    expect(session?.expires).toBe(-1);
    expect(persistent?.expires).toBe(nowSeconds + 60.5);
  });

  it('leaves out an expired cookie', () => {
    const expired = testCookie({ session: false, expirationDate: nowSeconds - 1 });
    expect(playwrightCookies([expired], now)).toEqual([]);
  });

  it('keeps host-only (no dot) and domain (dot) apart, and every flag', () => {
    expect(
      playwrightCookies(
        [
          testCookie({ name: 'h', domain: 'www.a.test', path: '/app', httpOnly: true }),
          testCookie({ name: 'd', domain: '.a.test', hostOnly: false, secure: true }),
        ],
        now,
      ),
    ).toEqual([
      {
        name: 'h',
        value: 'abc',
        domain: 'www.a.test',
        path: '/app',
        expires: -1,
        httpOnly: true,
        secure: false,
        sameSite: 'Lax',
      },
      {
        name: 'd',
        value: 'abc',
        domain: '.a.test',
        path: '/',
        expires: -1,
        httpOnly: false,
        secure: true,
        sameSite: 'Lax',
      },
    ]);
  });

  it('writes the partition key, and the ancestor bit when known', () => {
    const [chip, old] = playwrightCookies(
      [
        testCookie({
          partitionKey: { topLevelSite: 'https://a.test', hasCrossSiteAncestor: false },
        }),
        testCookie({ partitionKey: { topLevelSite: 'https://c.test' } }),
      ],
      now,
    );
    expect(chip).toMatchObject({ partitionKey: 'https://a.test', _crHasCrossSiteAncestor: false });
    expect(old?.partitionKey).toBe('https://c.test');
    expect(old).not.toHaveProperty('_crHasCrossSiteAncestor');
  });

  it('wraps them as a storage state, or gives the bare array for addCookies', () => {
    const cookies = [testCookie()];
    expect(JSON.parse(exportPlaywrightStorageState(cookies, now))).toEqual({
      cookies: playwrightCookies(cookies, now),
      origins: [],
    });
    expect(JSON.parse(exportPlaywrightAddCookies(cookies, now))).toEqual(
      playwrightCookies(cookies, now),
    );
  });
});

describe('the Playwright export read back by the import', () => {
  it('gives back every cookie, SameSite unspecified as Lax', () => {
    const cookies = [
      testCookie({ name: 'h', domain: 'www.a.test', path: '/app', httpOnly: true }),
      testCookie({
        name: 'd',
        domain: '.a.test',
        hostOnly: false,
        secure: true,
        sameSite: 'strict',
      }),
      testCookie({ name: 'p', session: false, expirationDate: nowSeconds + 3600 }),
      testCookie({ name: 'u', sameSite: 'unspecified' }),
    ];
    const detected = detectFormat(exportPlaywrightStorageState(cookies, now), {
      storeId: '0',
      nowSeconds,
      hostRules: publicSuffixRules,
    });
    if (!detected.ok) throw new Error(detected.error);
    expect(detected.entries.map((e) => e.ok && e.draft)).toEqual(
      cookies.map((c) =>
        draftFromCookie({ ...c, sameSite: c.sameSite === 'unspecified' ? 'lax' : c.sameSite }),
      ),
    );
  });
});

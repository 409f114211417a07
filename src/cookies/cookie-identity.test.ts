import { describe, expect, it } from 'vitest';
import { draftFromCookie } from './cookie';
import { changedIdentityFields, identityKey, identityOf, sameIdentity } from './cookie-identity';
import { testCookie } from './testing/fake-cookie-store';

describe('identityOf', () => {
  it('reads the host without the leading dot of a domain cookie, lower-cased', () => {
    expect(identityOf(testCookie({ domain: '.A.test', hostOnly: false }))).toMatchObject({
      host: 'a.test',
      hostOnly: false,
    });
  });

  it('gives a cookie and its draft the same identity', () => {
    const cookie = testCookie({
      domain: '.a.test',
      hostOnly: false,
      partitionKey: { topLevelSite: 'https://b.test', hasCrossSiteAncestor: true },
    });
    expect(identityKey(draftFromCookie(cookie))).toBe(identityKey(cookie));
  });
});

describe('sameIdentity', () => {
  const base = testCookie();
  it.each([
    ['another value', { value: 'other' }, true],
    ['other flags', { secure: true, httpOnly: true, sameSite: 'strict' as const }, true],
    ['an expiry', { session: false, expirationDate: 2e9 }, true],
    ['another name', { name: 'SID' }, false],
    ['another host', { domain: 'sub.a.test' }, false],
    ['domain instead of host-only', { domain: '.a.test', hostOnly: false }, false],
    ['another path', { path: '/app' }, false],
    ['another store', { storeId: '1' }, false],
    [
      'a partition',
      { partitionKey: { topLevelSite: 'https://b.test', hasCrossSiteAncestor: true } },
      false,
    ],
  ])('%s → same: %s', (_label, change, expected) => {
    expect(sameIdentity(base, testCookie(change))).toBe(expected);
  });

  it('tells partitions apart by their cross-site flag', () => {
    const a = testCookie({
      partitionKey: { topLevelSite: 'https://a.test', hasCrossSiteAncestor: false },
    });
    const b = testCookie({
      partitionKey: { topLevelSite: 'https://a.test', hasCrossSiteAncestor: true },
    });
    expect(sameIdentity(a, b)).toBe(false);
  });
});

describe('firstPartyDomain (Firefox first-party isolation)', () => {
  it('tells first parties apart', () => {
    const isolated = testCookie({ storeId: 'firefox-default', firstPartyDomain: 'a.test' });
    expect(sameIdentity(isolated, { ...isolated, firstPartyDomain: 'b.test' })).toBe(false);
    expect(sameIdentity(isolated, { ...isolated, firstPartyDomain: '' })).toBe(false);
  });

  it('keeps the key of a cookie with "" or none as it was before the field existed', () => {
    const plain = testCookie();
    expect(identityKey({ ...plain, firstPartyDomain: '' })).toBe(identityKey(plain));
    expect(JSON.parse(identityKey(plain))).toHaveLength(7);
  });

  it('names the change', () => {
    const isolated = testCookie({ firstPartyDomain: 'a.test' });
    expect(changedIdentityFields(identityOf(testCookie()), identityOf(isolated))).toEqual([
      'first party',
    ]);
  });
});

describe('changedIdentityFields', () => {
  it.each([
    [{ name: 'x' }, ['name']],
    [{ domain: 'b.test' }, ['domain']],
    [{ domain: '.a.test', hostOnly: false }, ['host-only']],
    [{ path: '/p' }, ['path']],
    [{ name: 'x', path: '/p' }, ['name', 'path']],
    [{ value: 'v' }, []],
  ])('%o → %o', (change, fields) => {
    expect(changedIdentityFields(identityOf(testCookie()), identityOf(testCookie(change)))).toEqual(
      fields,
    );
  });
});

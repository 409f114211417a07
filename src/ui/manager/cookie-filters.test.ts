import { describe, expect, it } from 'vitest';
import type { Cookie } from '../../cookies/cookie';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import { activeFilterCount, type CookieFilters, matchesFilters, noFilters } from './cookie-filters';

const session = testCookie({ name: 'session' });
const persistent = testCookie({ name: 'persistent', session: false, expirationDate: 4e9 });
const secureStrict = testCookie({ name: 'secure', secure: true, sameSite: 'strict' });
const httpOnly = testCookie({ name: 'httponly', httpOnly: true, sameSite: 'unspecified' });
const partitioned = testCookie({
  name: 'chips',
  secure: true,
  sameSite: 'no_restriction',
  partitionKey: { topLevelSite: 'https://a.test', hasCrossSiteAncestor: false },
});
// A partition key without a top-level site is what getAll reports for unpartitioned cookies
// in some Chrome versions: not partitioned.
const emptyKey = testCookie({ name: 'empty-key', partitionKey: {} });
const all = [session, persistent, secureStrict, httpOnly, partitioned, emptyKey];

const names = (filters: Partial<CookieFilters>) =>
  all.filter((c: Cookie) => matchesFilters(c, { ...noFilters, ...filters })).map((c) => c.name);

describe('matchesFilters', () => {
  it.each<[Partial<CookieFilters>, string[]]>([
    [{}, ['session', 'persistent', 'secure', 'httponly', 'chips', 'empty-key']],
    [{ lifetime: 'session' }, ['session', 'secure', 'httponly', 'chips', 'empty-key']],
    [{ lifetime: 'persistent' }, ['persistent']],
    [{ secure: 'yes' }, ['secure', 'chips']],
    [{ secure: 'no' }, ['session', 'persistent', 'httponly', 'empty-key']],
    [{ httpOnly: 'yes' }, ['httponly']],
    [{ sameSite: 'strict' }, ['secure']],
    [{ sameSite: 'unspecified' }, ['httponly']],
    [{ sameSite: 'no_restriction' }, ['chips']],
    [{ partitioned: 'yes' }, ['chips']],
    [{ partitioned: 'no', secure: 'yes' }, ['secure']],
    [{ lifetime: 'persistent', secure: 'yes' }, []],
  ])('%j → %j', (filters, expected) => {
    expect(names(filters)).toEqual(expected);
  });

  it('keeps to one store when asked', () => {
    const regular = testCookie({ name: 'sid', storeId: '0' });
    const incognito = testCookie({ name: 'sid', storeId: '1' });
    const kept = (store: string) =>
      [regular, incognito].filter((c) => matchesFilters(c, { ...noFilters, store }));
    expect(kept('1')).toEqual([incognito]);
    expect(kept('0')).toEqual([regular]);
    expect(kept('any')).toEqual([regular, incognito]);
  });

  it('treats a session flag with a stale expiry as session, like the row does', () => {
    const odd = testCookie({ session: true, expirationDate: 4e9 });
    expect(matchesFilters(odd, { ...noFilters, lifetime: 'session' })).toBe(true);
  });
});

describe('activeFilterCount', () => {
  it.each<[Partial<CookieFilters>, number]>([
    [{}, 0],
    [{ secure: 'no' }, 1],
    [{ lifetime: 'session', sameSite: 'lax', partitioned: 'yes' }, 3],
    [{ store: 'firefox-private' }, 1],
  ])('%j → %d', (filters, expected) => {
    expect(activeFilterCount({ ...noFilters, ...filters })).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import type { Cookie } from '../../cookies/cookie';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import type { ChangeCause, CookieChange } from '../../protocol/cookie-protocol';
import { applyCookieChanges } from './apply-cookie-changes';

const a = testCookie({ name: 'a', value: '1' });
const b = testCookie({ name: 'b', value: '2' });
const c = testCookie({ name: 'c', value: '3' });
const copy = (cookie: Cookie, overrides: Partial<Cookie> = {}) => ({ ...cookie, ...overrides });

const change = (removed: boolean, cookie: Cookie, cause: ChangeCause): CookieChange => ({
  removed,
  cause,
  cookie,
  time: 0,
  byExtension: false,
});
const removed = (cookie: Cookie, cause: ChangeCause = 'explicit') => change(true, cookie, cause);
const added = (cookie: Cookie) => change(false, cookie, 'explicit');

const names = (cookies: readonly Cookie[]) =>
  cookies.map((cookie) => `${cookie.name}=${cookie.value}`);

describe('applyCookieChanges', () => {
  it.each<[string, CookieChange[], string[]]>([
    ['a new cookie is added at the end', [added(c)], ['a=1', 'b=2', 'c=3']],
    ['a removed cookie goes', [removed(copy(a))], ['b=2']],
    ['expired, evicted: gone too', [removed(a, 'expired'), removed(b, 'evicted')], []],
    [
      "Chrome's edit: removed (overwrite) then added, in place",
      [removed(copy(a), 'overwrite'), added(copy(a, { value: 'new' }))],
      ['a=new', 'b=2'],
    ],
    [
      "Firefox's edit: the new cookie in both events",
      [removed(copy(a, { value: 'new' }), 'overwrite'), added(copy(a, { value: 'new' }))],
      ['a=new', 'b=2'],
    ],
    ['added then removed in one batch: gone', [added(c), removed(copy(c))], ['a=1', 'b=2']],
    ['removed then added again: back', [removed(copy(b)), added(copy(b))], ['a=1', 'b=2']],
    [
      'a second add of the same identity replaces it',
      [added(copy(a, { value: 'x' }))],
      ['a=x', 'b=2'],
    ],
    ['removing what is not listed changes nothing', [removed(c)], ['a=1', 'b=2']],
    [
      'a same-name cookie on another path is another cookie',
      [added(copy(a, { path: '/x', value: 'p' })), removed(copy(a))],
      ['b=2', 'a=p'],
    ],
    [
      'a same-name cookie in another store is another cookie',
      [removed(copy(a, { storeId: '1' }))],
      ['a=1', 'b=2'],
    ],
    [
      'a same-name partitioned cookie is another cookie',
      [removed(copy(a, { partitionKey: { topLevelSite: 'https://b.test' } }))],
      ['a=1', 'b=2'],
    ],
  ])('%s', (_, changes, expected) => {
    expect(names(applyCookieChanges([a, b], changes))).toEqual(expected);
  });

  it('keeps the objects of untouched cookies, and of cookies that end as they were', () => {
    const result = applyCookieChanges(
      [a, b],
      [removed(copy(b), 'overwrite'), added(copy(b)), added(c)],
    );
    expect(result[0]).toBe(a);
    expect(result[1]).toBe(b);
    expect(result[2]).toBe(c);
  });

  it.each<[string, CookieChange[]]>([
    ['no changes', []],
    ['a cookie set again as it was', [removed(copy(a), 'overwrite'), added(copy(a))]],
    ['a removal of an unknown cookie', [removed(c)]],
    ['added and removed at once', [added(c), removed(c)]],
  ])('returns the same array for %s', (_, changes) => {
    const cookies = [a, b];
    expect(applyCookieChanges(cookies, changes)).toBe(cookies);
  });

  it('removes 3,000 of 3,001 cookies in a few milliseconds, leaving the right one', () => {
    const many = Array.from({ length: 3001 }, (_, i) =>
      testCookie({ name: `c${i}`, value: `${i}` }),
    );
    const changes = many.slice(0, 3000).map((cookie) => removed(copy(cookie)));
    const start = performance.now();
    const result = applyCookieChanges(many, changes);
    expect(performance.now() - start).toBeLessThan(200);
    expect(result).toEqual([many[3000]]);
    expect(result[0]).toBe(many[3000]);
  });
});

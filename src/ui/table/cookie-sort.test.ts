import { describe, expect, it } from 'vitest';
import type { Cookie } from '../../cookies/cookie';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import { nextSort, type SortColumn, sortCookiesBy } from './cookie-sort';

const c = (name: string, overrides: Partial<Cookie> = {}) => testCookie({ name, ...overrides });
const cookies = [
  c('b', { value: 'zz', path: '/x', secure: true, sameSite: 'strict' }),
  c('a10', { value: 'a', session: false, expirationDate: 3000, httpOnly: true }),
  c('a2', {
    domain: 'b.a.test',
    session: false,
    expirationDate: 2000,
    sameSite: 'no_restriction',
    secure: true,
    partitionKey: { topLevelSite: 'https://top.test' },
  }),
  c('c', { value: 'longer value', sameSite: 'lax' }),
];
const names = (list: Cookie[]) => list.map((x) => x.name);

describe('sortCookiesBy', () => {
  it.each<[SortColumn, string[]]>([
    ['name', ['a2', 'a10', 'b', 'c']],
    ['value', ['a10', 'a2', 'c', 'b']],
    ['domain', ['a10', 'b', 'c', 'a2']],
    ['path', ['a2', 'a10', 'c', 'b']],
    // Soonest first; session cookies (no date) last, by name.
    ['expires', ['a2', 'a10', 'b', 'c']],
    ['size', ['b', 'a10', 'a2', 'c']],
    // Flags: the cookies that have it first.
    ['httpOnly', ['a10', 'a2', 'b', 'c']],
    ['secure', ['a2', 'b', 'a10', 'c']],
    ['sameSite', ['b', 'a10', 'c', 'a2']],
    ['partition', ['a2', 'a10', 'b', 'c']],
  ])('by %s ascending', (column, expected) => {
    expect(names(sortCookiesBy(cookies, { column, descending: false }))).toEqual(expected);
  });

  it('descending reverses the key, ties stay in name order', () => {
    expect(names(sortCookiesBy(cookies, { column: 'httpOnly', descending: true }))).toEqual([
      'a2',
      'b',
      'c',
      'a10',
    ]);
  });

  it('does not change its input', () => {
    const before = names(cookies);
    sortCookiesBy(cookies, { column: 'size', descending: true });
    expect(names(cookies)).toEqual(before);
  });
});

describe('nextSort', () => {
  it('flips the same column, starts another ascending', () => {
    expect(nextSort(undefined, 'name')).toEqual({ column: 'name', descending: false });
    expect(nextSort({ column: 'name', descending: false }, 'name')).toEqual({
      column: 'name',
      descending: true,
    });
    expect(nextSort({ column: 'name', descending: true }, 'size')).toEqual({
      column: 'size',
      descending: false,
    });
  });
});

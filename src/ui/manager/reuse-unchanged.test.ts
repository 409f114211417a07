import { describe, expect, it } from 'vitest';
import type { Cookie } from '../../cookies/cookie';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import { reuseUnchanged } from './reuse-unchanged';

const a = testCookie({ name: 'a' });
const b = testCookie({ name: 'b', session: false, expirationDate: 4e9 });
const copy = (c: Cookie, overrides: Partial<Cookie> = {}) => ({ ...c, ...overrides });

describe('reuseUnchanged', () => {
  it('returns the previous array when the listing did not change', () => {
    const previous = [a, b];
    expect(reuseUnchanged(previous, [copy(a), copy(b)])).toBe(previous);
  });

  it.each<[string, Partial<Cookie>]>([
    ['value', { value: 'changed' }],
    ['expiry', { expirationDate: 4e9 + 1 }],
    ['flag', { httpOnly: true }],
    ['SameSite', { sameSite: 'strict' }],
  ])('gives a changed %s a new object and keeps the others', (_, change) => {
    const changed = copy(b, change);
    const merged = reuseUnchanged([a, b], [copy(a), changed]);
    expect(merged[0]).toBe(a);
    expect(merged[1]).toBe(changed);
  });

  it.each<[string, Cookie[]]>([
    ['one more', [a, b, testCookie({ name: 'c' })]],
    ['one fewer', [a]],
    ['another order', [b, a]],
  ])('notices %s', (_, next) => {
    const previous = [a, b];
    const merged = reuseUnchanged(
      previous,
      next.map((c) => copy(c)),
    );
    expect(merged).not.toBe(previous);
    expect(merged.map((c) => c.name)).toEqual(next.map((c) => c.name));
    expect(merged.filter((c) => c === a || c === b)).toHaveLength(Math.min(next.length, 2));
  });
});

import { describe, expect, it } from 'vitest';
import type { Cookie } from '../../cookies/cookie';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import { type CookieOrder, orderCookies } from './cookie-order';

const c = (name: string, overrides: Partial<Cookie> = {}) => testCookie({ name, ...overrides });
const cookies = [
  c('b', { domain: 'z.a.test', value: 'x' }),
  c('a10', { domain: 'a.test', session: false, expirationDate: 3000, value: 'xxxxxxxx' }),
  c('a2', { domain: 'b.a.test', session: false, expirationDate: 2000 }),
  c('b', { domain: '.a.test', hostOnly: false, value: 'longer value' }),
  c('b', { domain: 'a.test', path: '/x' }),
  c('b', { domain: 'a.test' }),
];
const summary = (list: Cookie[]) => list.map((x) => `${x.name}@${x.domain}${x.path}`);

describe('orderCookies', () => {
  it.each<[CookieOrder, string[]]>([
    [
      'name',
      // numeric: a2 before a10; same name by host, then host-only before domain, then path.
      ['a2@b.a.test/', 'a10@a.test/', 'b@a.test/', 'b@a.test/x', 'b@.a.test/', 'b@z.a.test/'],
    ],
    [
      'domain',
      ['a10@a.test/', 'b@a.test/', 'b@a.test/x', 'b@.a.test/', 'a2@b.a.test/', 'b@z.a.test/'],
    ],
    [
      'expiry',
      // soonest first; session cookies (no date) last, by name.
      ['a2@b.a.test/', 'a10@a.test/', 'b@a.test/', 'b@a.test/x', 'b@.a.test/', 'b@z.a.test/'],
    ],
    [
      'size',
      // 13, 11, 5, 4, 4 and 2 bytes.
      ['b@.a.test/', 'a10@a.test/', 'a2@b.a.test/', 'b@a.test/', 'b@a.test/x', 'b@z.a.test/'],
    ],
  ])('by %s', (order, expected) => {
    expect(summary(orderCookies(cookies, order))).toEqual(expected);
    // The same order whatever order the browser listed them in.
    expect(summary(orderCookies([...cookies].reverse(), order))).toEqual(expected);
  });

  it('returns a copy', () => {
    const input = [...cookies];
    orderCookies(input, 'name');
    expect(input).toEqual(cookies);
  });
});

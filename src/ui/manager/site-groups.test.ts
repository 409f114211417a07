import { describe, expect, it } from 'vitest';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import { approximateSite } from './approximate-site';
import { groupBySite } from './site-groups';

const cookies = [
  testCookie({ name: 'z', domain: 'b.test' }),
  testCookie({ name: 'y', domain: '.sub.a.test', hostOnly: false }),
  testCookie({ name: 'x', domain: 'a.test' }),
  testCookie({ name: 'w', domain: 'a.test', storeId: '1' }),
  testCookie({ name: 'v', domain: 'shop.example.co.uk' }),
  testCookie({ name: 'u', domain: 'B.TEST' }),
];
const summary = (siteOf: (host: string) => string) =>
  groupBySite(cookies, siteOf, 'name').map((g) => [
    g.key.replace('\n', '|'),
    g.cookies.map((c) => c.name).join(''),
  ]);

describe('groupBySite', () => {
  it('groups by site and store, sites in order, cookies in the chosen order', () => {
    expect(summary(approximateSite)).toEqual([
      ['0|a.test', 'xy'],
      ['1|a.test', 'w'],
      ['0|b.test', 'uz'],
      ['0|co.uk', 'v'],
    ]);
  });

  it('uses the site the caller knows (the background answers from the public suffix list)', () => {
    const known: Record<string, string> = { 'shop.example.co.uk': 'example.co.uk' };
    expect(summary((host) => known[host] ?? approximateSite(host))).toEqual([
      ['0|a.test', 'xy'],
      ['1|a.test', 'w'],
      ['0|b.test', 'uz'],
      ['0|example.co.uk', 'v'],
    ]);
  });

  it('has no groups for no cookies', () => {
    expect(groupBySite([], approximateSite, 'name')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import { plural } from '../../text/plural';
import { approximateSite } from './approximate-site';
import { formatSiteList, summarizeSelection } from './selection-summary';

describe('summarizeSelection', () => {
  it('counts the cookies, names their sites and the ones the search hides', () => {
    const a = testCookie({ name: 'a', domain: 'sub.b.test' });
    const b = testCookie({ name: 'b', domain: 'a.test' });
    const c = testCookie({ name: 'c', domain: 'b.test' });
    const siteOf = (cookie: { domain: string }) => approximateSite(cookie.domain);
    expect(summarizeSelection([a, b, c], siteOf, [a, c])).toEqual({
      count: 3,
      sites: ['a.test', 'b.test'],
      hidden: 1,
    });
    expect(summarizeSelection([], siteOf, [a])).toEqual({ count: 0, sites: [], hidden: 0 });
  });
});

describe('formatSiteList', () => {
  const sites = (n: number) => Array.from({ length: n }, (_, i) => `s${i + 1}.test`);
  it.each<[number, string]>([
    [0, ''],
    [1, 's1.test'],
    [2, 's1.test and s2.test'],
    [5, 's1.test, s2.test, s3.test, s4.test and s5.test'],
    [7, 's1.test, s2.test, s3.test, s4.test and 3 more sites'],
  ])('%d sites', (n, text) => {
    expect(formatSiteList(sites(n))).toBe(text);
  });
});

describe('plural', () => {
  it.each<[number, string]>([
    [0, '0 cookies'],
    [1, '1 cookie'],
    [2, '2 cookies'],
  ])('%d', (n, text) => expect(plural(n, 'cookie')).toBe(text));
});

import { describe, expect, it } from 'vitest';
import { isSentToPage, pageContext, schemefulSite, topLevelVisit } from './page-context';
import { testCookie } from './testing/fake-cookie-store';

describe('schemefulSite', () => {
  it.each([
    ['https://www.a.test:8443/x', 'a.test', 'https://a.test'],
    ['http://WWW.A.test/', 'A.test', 'http://a.test'],
  ])('%s of %s → %s', (url, domain, site) => {
    expect(schemefulSite(url, domain)).toBe(site);
  });
});

describe('pageContext', () => {
  it.each([
    ['the top page itself', 'https://www.a.test/', 'a.test', false],
    ['a frame of the same site', 'https://sub.a.test/f', 'a.test', false],
    ['a frame of another site', 'https://b.test/f', 'b.test', true],
    [
      'a frame of the same domain over http (schemeful: cross-site)',
      'http://a.test/',
      'a.test',
      true,
    ],
  ])('%s', (_label, url, domain, crossSite) => {
    expect(pageContext(url, domain, 'https://a.test')).toEqual({
      url,
      topLevelSite: 'https://a.test',
      crossSite,
    });
  });
});

describe('isSentToPage', () => {
  const now = Date.UTC(2026, 11, 2);
  it('marks an expired cookie not sent', () => {
    const cookie = testCookie({ session: false, expirationDate: now / 1000 - 1 });
    const page = pageContext('http://a.test/', 'a.test', 'http://a.test');
    expect(isSentToPage(cookie, page, now)).toEqual({ sent: false, reason: 'expired' });
  });

  it('counts third-party cookies as blocked, as a fresh Chromium profile does', () => {
    const cookie = testCookie({ domain: 'b.test', secure: true, sameSite: 'no_restriction' });
    const page = pageContext('https://b.test/', 'b.test', 'https://a.test');
    expect(isSentToPage(cookie, page, now)).toEqual({ sent: false, reason: 'third-party' });
  });
});

describe('topLevelVisit', () => {
  it('is a first-party GET navigation in the url’s own site', () => {
    expect(topLevelVisit('https://www.a.test/x', 'a.test', 5)).toEqual({
      url: 'https://www.a.test/x',
      topLevelSite: 'https://a.test',
      crossSite: false,
      kind: 'navigation',
      method: 'GET',
      now: 5,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { domainMatches, pageReceives, pathMatches } from './cookie-matching';
import { allowsDomainCookie, siteOfHost } from './cookie-site';
import { testCookie } from './testing/fake-cookie-store';

describe('siteOfHost', () => {
  it.each([
    ['a.test', 'a.test'],
    ['sub.a.test', 'a.test'],
    ['deep.sub.a.test', 'a.test'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['user.github.io', 'user.github.io'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['[::1]', '::1'],
    ['EXAMPLE.com.', 'example.com'],
  ])('%s → %s', (host, site) => {
    expect(siteOfHost(host)).toBe(site);
  });
});

describe('allowsDomainCookie', () => {
  it.each([
    ['a.test', true],
    ['sub.a.test', true],
    ['example.co.uk', true],
    ['com', false],
    ['co.uk', false],
    ['github.io', false],
    ['localhost', false],
    ['127.0.0.1', false],
  ])('%s → %s', (host, allowed) => {
    expect(allowsDomainCookie(host)).toBe(allowed);
  });
});

describe('domainMatches', () => {
  it.each([
    ['a.test', { domain: 'a.test', hostOnly: true }, true],
    ['sub.a.test', { domain: 'a.test', hostOnly: true }, false],
    ['sub.a.test', { domain: '.a.test', hostOnly: false }, true],
    ['a.test', { domain: '.a.test', hostOnly: false }, true],
    ['xa.test', { domain: '.a.test', hostOnly: false }, false],
    ['A.TEST', { domain: 'a.test', hostOnly: true }, true],
  ])('%s against %o → %s', (host, cookie, expected) => {
    expect(domainMatches(host, cookie)).toBe(expected);
  });
});

describe('pathMatches', () => {
  it.each([
    ['/', '/', true],
    ['/app', '/', true],
    ['/app', '/app', true],
    ['/app/x', '/app', true],
    ['/application', '/app', false],
    ['/app/', '/app/', true],
    ['/app/x', '/app/', true],
    ['/', '/app', false],
  ])('request %s, cookie %s → %s', (request, cookiePath, expected) => {
    expect(pathMatches(request, cookiePath)).toBe(expected);
  });
});

describe('pageReceives', () => {
  it.each([
    ['host-only on its page', testCookie(), 'http://a.test/', true],
    ['host-only on a subdomain', testCookie(), 'http://sub.a.test/', false],
    [
      'domain cookie on a subdomain',
      testCookie({ domain: '.a.test', hostOnly: false }),
      'http://sub.a.test/x',
      true,
    ],
    ['path cookie on another path', testCookie({ path: '/app' }), 'http://a.test/other', false],
    ['path cookie below its path', testCookie({ path: '/app' }), 'http://a.test/app/page', true],
    ['secure cookie over http', testCookie({ secure: true }), 'http://a.test/', false],
    ['secure cookie over https', testCookie({ secure: true }), 'https://a.test/', true],
    [
      'secure cookie on http localhost',
      testCookie({ domain: 'localhost', secure: true }),
      'http://localhost:8080/',
      true,
    ],
    ['a chrome:// page', testCookie(), 'chrome://settings', false],
    ['not a url', testCookie(), 'nonsense', false],
  ])('%s → %s', (_label, cookie, url, expected) => {
    expect(pageReceives(cookie, url)).toBe(expected);
  });
});

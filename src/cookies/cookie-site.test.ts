import { describe, expect, it } from 'vitest';
import { domainMatches, pathMatches } from './cookie-matching';
import { allowsDomainCookie, siteOfHost } from './cookie-site';

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

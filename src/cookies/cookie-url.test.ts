import { describe, expect, it } from 'vitest';
import { canonicalPath } from './canonical-path';
import { cookieUrl } from './cookie-url';

describe('cookieUrl', () => {
  it.each([
    [{ domain: 'a.test', path: '/', secure: false }, 'http://a.test/'],
    [{ domain: '.a.test', path: '/app', secure: true }, 'https://a.test/app'],
    [{ domain: 'sub.a.test', path: '/a/b', secure: false }, 'http://sub.a.test/a/b'],
    [{ domain: '::1', path: '/', secure: false }, 'http://[::1]/'],
  ])('%o → %s', (cookie, url) => {
    expect(cookieUrl(cookie)).toBe(url);
  });
});

describe('canonicalPath', () => {
  it.each([
    ['/', '/'],
    ['/a b', '/a%20b'],
    ['/caf\u00e9', '/caf%C3%A9'],
    ['/already%20encoded', '/already%20encoded'],
    ['/q"<>`{}', '/q%22%3C%3E%60%7B%7D'],
  ])('%s → %s', (path, canonical) => {
    expect(canonicalPath(path)).toBe(canonical);
  });
});

import { describe, expect, it } from 'vitest';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import { type CookieSearch, matchesSearch, parseSearch } from './cookie-search';
import { compileLinearRegex } from './linear-regex';

const parse = (text: string) => parseSearch(text, compileLinearRegex);

describe('parseSearch', () => {
  it.each<[string, string, unknown]>([
    ['empty', '', { kind: 'all' }],
    ['blank', '   ', { kind: 'all' }],
    ['words, lower-cased', ' Session  ID ', { kind: 'words', words: ['session', 'id'] }],
    ['a path is text, not a regex', '/app', { kind: 'words', words: ['/app'] }],
    ['a lone slash pair is text', '//', { kind: 'words', words: ['//'] }],
    ['regex', '/^sid$/', { kind: 'regex', pattern: '^sid$', flags: '' }],
    ['regex with flags', '/SID/i', { kind: 'regex', pattern: 'SID', flags: 'i' }],
    ['g, y and u change nothing', '/a/gyiu', { kind: 'regex', pattern: 'a', flags: 'i' }],
    ['flags in a fixed order', '/a/smi', { kind: 'regex', pattern: 'a', flags: 'ims' }],
    ['a slash inside the pattern', '/a\\/b/', { kind: 'regex', pattern: 'a\\/b', flags: '' }],
  ])('%s', (_, text, expected) => {
    expect(parse(text)).toMatchObject(expected as object);
  });

  it.each([
    ['a regex', '/^sid$/', { kind: 'loading' }],
    ['words', 'sid', { kind: 'words', words: ['sid'] }],
    ['nothing', '', { kind: 'all' }],
  ])('without the regex engine yet: %s', (_, text, expected) => {
    expect(parseSearch(text)).toEqual(expected);
  });
});

describe('matchesSearch', () => {
  const cookie = testCookie({ name: 'SessionId', value: 'abc=123', domain: '.shop.a.test' });
  it.each<[string, boolean]>([
    ['', true],
    ['session', true],
    ['SESSION shop', true],
    ['abc=1', true],
    ['a.test', true],
    ['session other', false],
    ['/^Session/', true],
    ['/^session/', false],
    ['/^session/i', true],
    ['/^\\.shop\\./', true],
    // Each field on its own: ^ and $ anchor to the name, the value or the domain.
    ['/^abc=123$/', true],
    ['/Id\\nabc/', false],
    ['/(/', false],
    ['/(a)\\1/', false],
  ])('%j → %s', (text, expected) => {
    expect(matchesSearch(cookie, parse(text))).toBe(expected);
  });

  it('gives the same answer twice for a global regex (no lastIndex carried over)', () => {
    const search = parse('/abc/g');
    expect([matchesSearch(cookie, search), matchesSearch(cookie, search)]).toEqual([true, true]);
  });

  it('matches nothing while the regex engine loads', () => {
    const loading: CookieSearch = { kind: 'loading' };
    expect(matchesSearch(cookie, loading)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import { matchesSearch, parseSearch } from './cookie-search';

describe('parseSearch', () => {
  it.each<[string, string, unknown]>([
    ['empty', '', { kind: 'all' }],
    ['blank', '   ', { kind: 'all' }],
    ['words, lower-cased', ' Session  ID ', { kind: 'words', words: ['session', 'id'] }],
    ['a path is text, not a regex', '/app', { kind: 'words', words: ['/app'] }],
    ['a lone slash pair is text', '//', { kind: 'words', words: ['//'] }],
    ['regex', '/^sid$/', { kind: 'regex', regex: /^sid$/ }],
    ['regex with flags', '/SID/i', { kind: 'regex', regex: /SID/i }],
    ['g and y are dropped', '/a/gyi', { kind: 'regex', regex: /a/i }],
    ['a slash inside the pattern', '/a\\/b/', { kind: 'regex', regex: /a\/b/ }],
  ])('%s', (_, text, expected) => {
    expect(parseSearch(text)).toEqual(expected);
  });

  it.each([
    ['an unclosed group', '/(a/'],
    ['an unknown flag', '/a/z'],
    ['a repeated flag', '/a/ii'],
    ['a dangling quantifier', '/*/'],
  ])('%s is a message, never an exception', (_, text) => {
    const search = parseSearch(text);
    expect(search.kind).toBe('invalid');
    expect(search.kind === 'invalid' && search.message).toMatch(
      /^Not a valid regular expression: /,
    );
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
  ])('%j → %s', (text, expected) => {
    expect(matchesSearch(cookie, parseSearch(text))).toBe(expected);
  });

  it('gives the same answer twice for a global regex (no lastIndex carried over)', () => {
    const search = parseSearch('/abc/g');
    expect([matchesSearch(cookie, search), matchesSearch(cookie, search)]).toEqual([true, true]);
  });
});

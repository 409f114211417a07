import { describe, expect, it } from 'vitest';
import { compileLinearRegex, unsupportedSyntaxMessage } from './linear-regex';
import type { SearchRegex } from './search-regex';

function compiled(pattern: string, flags = ''): SearchRegex {
  const search = compileLinearRegex(pattern, flags);
  if (search.kind !== 'regex') throw new Error(`/${pattern}/${flags}: ${search.message}`);
  return search.regex;
}

const messageOf = (pattern: string, flags = '') => {
  const search = compileLinearRegex(pattern, flags);
  return search.kind === 'invalid' ? search.message : `compiled /${pattern}/${search.flags}`;
};

describe('compileLinearRegex: no pattern can freeze the page', () => {
  // A backtracking engine takes exponential time on these over a long run of one letter (the
  // first froze the manager for more than 100 s over 3,000 values); linear time is 4,000 steps.
  const longValue = 'a'.repeat(4000);
  it.each<[string, string, string]>([
    ['(a|aa)+b', '', longValue],
    ['(a|aa)+b', 'i', longValue],
    ['(a+)+$', '', `${longValue}!`],
    ['^(a*)*[^a]$', '', longValue],
    ['(.*a){25}x', 's', longValue],
    ['(\\w+\\s?)+$', '', `${longValue}!`],
  ])('/%s/%s over 4,000 letters answers at once', (pattern, flags, text) => {
    const regex = compiled(pattern, flags);
    const start = performance.now();
    for (let i = 0; i < 20; i++) expect(regex.test(text)).toBe(false);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('compileLinearRegex: the same matches as JavaScript for ordinary patterns', () => {
  const texts = [
    'sessionid',
    'SessionId',
    'abc=123',
    '.shop.a.test',
    'www.site-050.test',
    'cookie-07',
    'first\nsecond',
    'a/b',
    'x_y-z',
    'Straße',
    '',
    '%7B%22a%22%3A1%7D',
    'eyJhbGciOiJIUzI1NiJ9.e30.abc',
  ];
  it.each<[string, string]>([
    ['^session', ''],
    ['^session', 'i'],
    ['id$', 'i'],
    ['^cookie-0[0-4]$', ''],
    ['\\.test$', ''],
    ['^www\\.', ''],
    ['\\d{3}', ''],
    ['^[a-z]+$', ''],
    ['^[^=]+=\\d+$', ''],
    ['\\bshop\\b', ''],
    ['a\\/b', ''],
    ['first.second', ''],
    ['first.second', 's'],
    ['^second', ''],
    ['^second', 'm'],
    ['first$', 'm'],
    ['(?<key>[a-z]+)=(?:\\d)+', ''],
    ['\\u0041BC', 'i'],
    ['%7[bB]', ''],
    ['^ey[\\w-]+\\.[\\w-]*\\.', ''],
    ['x|y|z', ''],
    ['(ab|cd)*c?', ''],
    ['STRASSE|straße', 'i'],
    ['^$', ''],
    ['[^]', ''],
  ])('/%s/%s', (pattern, flags) => {
    const ours = compiled(pattern, flags);
    const native = new RegExp(pattern, flags);
    for (const text of texts) {
      expect([text, ours.test(text)]).toEqual([text, native.test(text)]);
    }
  });
});

describe('compileLinearRegex: what it cannot run is a message, never an exception', () => {
  it.each<[string, string, string, string | RegExp]>([
    ['a backreference', '(a)\\1', '', unsupportedSyntaxMessage()],
    ['a named backreference', '(?<x>a)\\k<x>', '', unsupportedSyntaxMessage()],
    ['a lookahead', 'a(?=b)', '', unsupportedSyntaxMessage()],
    ['a negative lookahead', 'a(?!b)', '', unsupportedSyntaxMessage()],
    ['a lookbehind', '(?<=a)b', '', unsupportedSyntaxMessage()],
    ['a negative lookbehind', '(?<!a)b', '', unsupportedSyntaxMessage()],
    ['an unclosed group', '(a', '', /^Not a valid regular expression: /],
    ['a dangling quantifier', '*', '', /^Not a valid regular expression: /],
    ['a repeated flag', 'a', 'ii', /^Not a valid regular expression: /],
    ['RE2-only syntax', '(?i)a', '', /^Not a valid regular expression: /],
    [
      'an unknown flag',
      'a',
      'z',
      'The flag "z" is not supported: use i (ignore case), m (^ and $ at each line) or s (. matches newlines).',
    ],
    ['the v flag', 'a', 'v', /^The flag "v" is not supported/],
    ['the d flag', 'a', 'd', /^The flag "d" is not supported/],
    [
      'a repeat over 1,000',
      'a{1001}',
      '',
      'Not supported in a search: invalid repeat count: `{1001}`',
    ],
  ])('%s', (_, pattern, flags, expected) => {
    const message = messageOf(pattern, flags);
    if (typeof expected === 'string') expect(message).toBe(expected);
    else expect(message).toMatch(expected);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSearch, wantsRegex } from './parse-search';

const terms = (text: string) => {
  const parsed = parseSearch(text);
  expect(parsed.errors).toEqual([]);
  return parsed.terms;
};
const errorOf = (text: string) => parseSearch(text).errors[0];

describe('parseSearch: terms', () => {
  const text = (t: string, negated = false, field = 'any') => ({
    kind: 'text',
    field,
    text: t,
    negated,
  });
  it.each<[string, string, unknown[]]>([
    ['empty', '', []],
    ['blank', '   ', []],
    ['words, lower-cased', ' Session  ID ', [text('session'), text('id')]],
    ['a quoted phrase keeps its spaces', '"User ID" x', [text('user id'), text('x')]],
    ['an unclosed quote runs to the end', '"a b', [text('a b')]],
    ['an empty phrase is nothing', '""', []],
    ['a path is text, not a regex', '/app', [text('/app')]],
    ['a slash pair is text', '//', [text('//')]],
    ['two slashes in a path are text', '/a/b', [text('/a/b')]],
    ['a path with letters after its slash', '/app/cart', [text('/app/cart')]],
    ['a lone - is text', 'a - b', [text('a'), text('-'), text('b')]],
    ['- negates a word', '-tracking', [text('tracking', true)]],
    ['- negates a phrase', '-"a b"', [text('a b', true)]],
    [
      'regex',
      '/^sid$/',
      [{ kind: 'regex', field: 'any', pattern: '^sid$', flags: '', negated: false }],
    ],
    ['regex with flags', '/SID/i', [{ kind: 'regex', pattern: 'SID', flags: 'i' }]],
    ['a regex with a space', '/a b/', [{ kind: 'regex', pattern: 'a b' }]],
    ['an escaped slash', '/a\\/b/', [{ kind: 'regex', pattern: 'a\\/b' }]],
    ['a slash in a class', '/[/]x/', [{ kind: 'regex', pattern: '[/]x' }]],
    [
      'two regexes',
      '/a/ -/b/',
      [
        { pattern: 'a', negated: false },
        { pattern: 'b', negated: true },
      ],
    ],
    ['is:session', 'is:session', [{ kind: 'lifetime', lifetime: 'session' }]],
    ['is:persistent', 'IS:Persistent', [{ kind: 'lifetime', lifetime: 'persistent' }]],
    ['is:expired', 'is:expired', [{ kind: 'lifetime', lifetime: 'expired' }]],
    ['secure:yes', 'secure:yes', [{ kind: 'flag', flag: 'secure', value: true }]],
    ['secure:no', 'secure:no', [{ kind: 'flag', flag: 'secure', value: false }]],
    ['httponly:true', 'httponly:true', [{ kind: 'flag', flag: 'httpOnly', value: true }]],
    ['sent:no', 'sent:no', [{ kind: 'flag', flag: 'sent', value: false }]],
    ['partitioned', 'partitioned', [{ kind: 'flag', flag: 'partitioned', value: true }]],
    [
      '-partitioned',
      '-partitioned',
      [{ kind: 'flag', flag: 'partitioned', value: true, negated: true }],
    ],
    ['partitioned:no', 'partitioned:no', [{ kind: 'flag', flag: 'partitioned', value: false }]],
    ['"partitioned" is text', '"partitioned"', [text('partitioned')]],
    ['samesite:none', 'samesite:none', [{ kind: 'sameSite', sameSite: 'no_restriction' }]],
    ['samesite:unset', 'samesite:unset', [{ kind: 'sameSite', sameSite: 'unspecified' }]],
    ['samesite:Strict', 'samesite:Strict', [{ kind: 'sameSite', sameSite: 'strict' }]],
    ['has:warning', 'has:warning', [{ kind: 'finding', severity: 'warning' }]],
    ['has:Warnings', 'has:Warnings', [{ kind: 'finding', severity: 'warning' }]],
    ['has:info', 'has:info', [{ kind: 'finding', severity: 'info' }]],
    ['-has:warning', '-has:warning', [{ kind: 'finding', severity: 'warning', negated: true }]],
    ['domain: without its dot', 'domain:.A.test', [{ kind: 'domain', domain: 'a.test' }]],
    ['path: keeps its case', 'path:/App', [{ kind: 'path', prefix: '/App' }]],
    ['path: in quotes', 'path:"/a b"', [{ kind: 'path', prefix: '/a b' }]],
    ['name:', 'name:SID', [text('sid', false, 'name')]],
    ['value: phrase', 'value:"a b"', [text('a b', false, 'value')]],
    [
      'name:/regex/',
      'name:/^_ga/i',
      [{ kind: 'regex', field: 'name', pattern: '^_ga', flags: 'i' }],
    ],
    ['-value:x', '-value:x', [text('x', true, 'value')]],
    [
      'all together',
      'is:session secure:no -name:_ga',
      [
        { kind: 'lifetime', negated: false },
        { kind: 'flag', flag: 'secure', value: false },
        text('_ga', true, 'name'),
      ],
    ],
    ['a colon after other characters is text', 'a.b:c', [text('a.b:c')]],
    ['a quoted colon is text', '"http://x"', [text('http://x')]],
  ])('%s: %j', (_, input, expected) => {
    const parsed = terms(input);
    expect(parsed).toHaveLength(expected.length);
    expected.forEach((term, i) => {
      expect(parsed[i]).toMatchObject(term as object);
    });
  });
});

describe('parseSearch: errors in words', () => {
  it.each<[string, string]>([
    [
      'foo:bar',
      'Unknown filter "foo:"; try is:, secure:, httponly:, samesite:, partitioned:, sent:, has:, domain:, path:, name:, value:',
    ],
    ['http://a.test', 'Unknown filter "http:"'],
    ['is:', '"is:" takes session, persistent or expired'],
    ['is:old', '"is:" takes session, persistent or expired'],
    ['secure:maybe', '"secure:" takes yes or no'],
    ['httponly:', '"httponly:" takes yes or no'],
    ['sent:x', '"sent:" takes yes or no'],
    ['samesite:loose', '"samesite:" takes none, lax, strict or unset'],
    ['has:', '"has:" takes warning or info'],
    ['has:error', '"has:" takes warning or info'],
    ['domain:', '"domain:" needs a domain'],
    ['domain:.', '"domain:" needs a domain'],
    ['path:app', '"path:" needs a path starting with /'],
    ['name:', '"name:" needs text'],
    ['-value:""', '"value:" needs text'],
  ])('%j', (input, message) => {
    expect(errorOf(input)).toContain(message);
  });

  it('collects every error and keeps the good terms', () => {
    const parsed = parseSearch('a foo:1 secure:x b');
    expect(parsed.errors).toHaveLength(2);
    expect(parsed.terms.map((t) => (t.kind === 'text' ? t.text : t.kind))).toEqual(['a', 'b']);
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
        const parsed = parseSearch(input);
        expect(Array.isArray(parsed.terms) && Array.isArray(parsed.errors)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on inputs made of its own syntax', () => {
    const piece = fc.constantFrom('-', '"', '/', ':', ' ', '\\', '[', ']', 'is', 'name', 'x', 'i');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        expect(() => parseSearch(pieces.join(''))).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('wantsRegex: the engine starts loading at the first slash of a term', () => {
  it.each<[string, boolean]>([
    ['sid', false],
    ['/', true],
    ['a /^s', true],
    ['-/x', true],
    ['name:/x', true],
    ['path:/app', false],
    ['a/b', false],
  ])('%j → %s', (input, expected) => {
    expect(wantsRegex(input)).toBe(expected);
  });
});

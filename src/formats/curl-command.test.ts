import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cookie } from '../cookies/cookie';
import { topLevelVisit } from '../cookies/page-context';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import { exportCurlCommand, shellQuote } from './curl-command';

/** The arguments a POSIX shell passes for `words`, each as it arrives in argv. */
function shellWords(words: string): string[] {
  const out = execFileSync('sh', ['-c', `printf '%s\\0' ${words}`], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

const url = topLevelVisit(new URL('https://a.test/x?q=1'), 'a.test', Date.UTC(2026, 11, 2));
const cookie = (name: string, value: string): Cookie =>
  testCookie({ name, value, domain: 'a.test' });

describe('shellQuote', () => {
  it.each<[string, string]>([
    ['plain', "'plain'"],
    ['', "''"],
    ["it's", "'it'\\''s'"],
    ['$(rm -rf ~) `id` $HOME \\ "', "'$(rm -rf ~) `id` $HOME \\ \"'"],
  ])('quotes %j', (text, quoted) => {
    expect(shellQuote(text)).toBe(quoted);
    expect(shellWords(shellQuote(text))).toEqual([text]);
  });

  it('gives the shell back exactly the text, whatever it holds', () => {
    // One shell per batch of texts: starting a process per text would take seconds.
    // Any code point but NUL (which no argv can hold) and lone surrogates (not UTF-8).
    const codePoint = fc.oneof(
      fc.constantFrom(...'\'"\\$`!*?[]{}()<>|&;#~ \t\n'),
      fc.integer({ min: 1, max: 0xd7ff }),
      fc.integer({ min: 0xe000, max: 0x10ffff }),
    );
    const text = fc
      .array(codePoint, { maxLength: 12 })
      .map((units) =>
        units.map((u) => (typeof u === 'number' ? String.fromCodePoint(u) : u)).join(''),
      );
    const texts = fc.array(text, { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(texts, (list) => {
        expect(shellWords(list.map(shellQuote).join(' '))).toEqual(list);
      }),
      { numRuns: 25 },
    );
  }, 30_000);
});

describe('exportCurlCommand', () => {
  it.each<[string, Cookie[], string]>([
    [
      'the cookies as a header (never -b: curl drops a -b string over 4,096 bytes)',
      [cookie('a', '1'), cookie('b', '2')],
      "curl -H 'Cookie: a=1; b=2' 'https://a.test/x?q=1'",
    ],
    ['no cookies', [], "curl 'https://a.test/x?q=1'"],
    [
      'a lone nameless cookie as a header, not a file name',
      [cookie('', 'flag')],
      "curl -H 'Cookie: flag' 'https://a.test/x?q=1'",
    ],
    [
      'a hostile value',
      [cookie('a', "x' && rm -rf ~ && echo '")],
      "curl -H 'Cookie: a=x'\\'' && rm -rf ~ && echo '\\''' 'https://a.test/x?q=1'",
    ],
  ])('writes %s', (_label, cookies, command) => {
    expect(exportCurlCommand(cookies, url)).toBe(command);
  });

  it('hands curl exactly the Cookie header and the url', () => {
    const cookies = [cookie('a', '\'"$`\\!*'), cookie('b', '=x')];
    const command = exportCurlCommand(cookies, url);
    expect(shellWords(command.replace(/^curl /, ''))).toEqual([
      '-H',
      `Cookie: a='"$\`\\!*; b==x`,
      'https://a.test/x?q=1',
    ]);
  });

  it('leaves out cookies with characters a terminal acts on, and says so', () => {
    const cookies = [
      cookie('a', '1'),
      cookie('b', '\u009b201~x'),
      cookie('c', 'a\tb'),
      cookie('d', 'x\u2028y'),
      // Shown reversed, run as written: the command would not read as what it does.
      cookie('e\u202evil', 'x'),
      cookie('f', 'x\u2066y'),
    ];
    expect(exportCurlCommand(cookies, url)).toBe(
      "curl -H 'Cookie: a=1' 'https://a.test/x?q=1' # 5 cookies with control characters left out",
    );
  });
});

import { describe, expect, it } from 'vitest';
import { parseCurlCommand } from './curl-command-import';
import { detectFormat } from './detect-format';
import { lenientHostRules, nowSeconds } from './testing/cookie-arbitraries';

const target = { storeId: '0' };

function pairs(text: string) {
  const parsed = parseCurlCommand(text, target);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.entries.map((e) =>
    e.ok ? [e.draft.name, e.draft.value, e.draft.domain, e.draft.secure] : e.reason,
  );
}

describe('parseCurlCommand: the cookies a pasted curl command sends', () => {
  it.each<[string, string, (string | boolean)[][]]>([
    [
      '-b',
      `curl -b 'a=1; b=2' https://x.test/`,
      [
        ['a', '1', 'x.test', true],
        ['b', '2', 'x.test', true],
      ],
    ],
    [
      '--cookie on http',
      `curl --cookie "sid=abc" http://www.x.test/p?q=1`,
      [['sid', 'abc', 'www.x.test', false]],
    ],
    ['--cookie=', `curl --cookie=sid=abc https://x.test`, [['sid', 'abc', 'x.test', true]]],
    ['-bVALUE', `curl -bsid=abc https://x.test`, [['sid', 'abc', 'x.test', true]]],
    [
      '-H Cookie:',
      `curl -H 'Cookie: a=1; b=2' https://x.test`,
      [
        ['a', '1', 'x.test', true],
        ['b', '2', 'x.test', true],
      ],
    ],
    [
      '--header cookie: in any case',
      `curl --header "cookie:a=1" https://x.test`,
      [['a', '1', 'x.test', true]],
    ],
    [
      'multiline, as DevTools copies it (bash)',
      `curl 'https://x.test/api' \\\n  -H 'accept: */*' \\\n  -b 'a=1; b=x y' \\\n  --compressed`,
      [
        ['a', '1', 'x.test', true],
        ['b', 'x y', 'x.test', true],
      ],
    ],
    [
      'the URL before the options, with -X',
      `curl https://x.test -X POST -d 'k=v' -b 'a=1'`,
      [['a', '1', 'x.test', true]],
    ],
    ['--url', `curl --url https://x.test --cookie a=1`, [['a', '1', 'x.test', true]]],
    [
      "$'…' quoting (DevTools, for a quote in a value)",
      `curl $'https://x.test' -b $'a=it\\'s'`,
      [['a', "it's", 'x.test', true]],
    ],
    [
      'a quote closed and reopened',
      `curl -b 'a=it'\\''s' https://x.test`,
      [['a', "it's", 'x.test', true]],
    ],
    [
      'two cookie options',
      `curl -b a=1 -H 'Cookie: b=2' https://x.test`,
      [
        ['a', '1', 'x.test', true],
        ['b', '2', 'x.test', true],
      ],
    ],
    ['a shell prompt in front', `$ curl -b a=1 https://x.test`, [['a', '1', 'x.test', true]]],
    [
      'cmd.exe continuation lines',
      `curl "https://x.test" ^\n  -b "a=1"`,
      [['a', '1', 'x.test', true]],
    ],
  ])('%s', (_label, command, expected) => {
    expect(pairs(command)).toEqual(expected);
  });

  it.each<[string, string, RegExp]>([
    [
      '-b with a file name',
      `curl -b cookies.txt https://x.test`,
      /^curl -b with a file name \(cookies\.txt\) reads cookies from that file: import the file itself instead\.$/,
    ],
    ['no cookies', `curl https://x.test -H 'accept: */*'`, /sends no cookies/],
    ['no URL', `curl -b a=1`, /no http or https URL/],
    ['an unclosed quote', `curl -b 'a=1 https://x.test`, /quote/],
    ['a file URL', `curl -b a=1 file:///etc/passwd`, /no http or https URL/],
  ])('refuses %s with a reason', (_label, command, reason) => {
    const parsed = parseCurlCommand(command, target);
    expect(parsed.ok ? 'parsed' : parsed.error).toMatch(reason);
  });
});

describe('detectFormat reads a pasted curl command, never as a Cookie header', () => {
  const options = { storeId: '0', nowSeconds, hostRules: lenientHostRules };

  it.each([`curl -b 'a=1; b=2' https://x.test`, `curl 'https://x.test/' \\\n  -b 'a=1; b=2'`])(
    '%s',
    (command) => {
      const detected = detectFormat(command, { ...options, url: new URL('https://other.test/') });
      expect(detected).toMatchObject({ ok: true, format: 'curl-command' });
      const names = detected.ok
        ? detected.entries.map((e) => (e.ok ? e.draft.name : e.reason))
        : [];
      expect(names).toEqual(['a', 'b']);
    },
  );

  it('gives the reason instead of junk cookies named "curl -b \'a"', () => {
    const detected = detectFormat('curl -b cookies.txt https://x.test', options);
    expect(detected).toEqual({
      ok: false,
      error:
        'curl -b with a file name (cookies.txt) reads cookies from that file: import the file itself instead.',
    });
  });
});

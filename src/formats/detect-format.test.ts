import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publicSuffixRules } from '../cookies/cookie-site';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import { type DetectOptions, detectFormat, type ImportFormat } from './detect-format';
import type { ImportEntry } from './import-entry';
import { lenientHostRules, nowSeconds } from './testing/cookie-arbitraries';
import { exportWorkbenchJson } from './workbench-json';

const t = '\t';
const url = new URL('https://www.a.test/');
const options: DetectOptions = { storeId: '0', url, nowSeconds, hostRules: publicSuffixRules };
const later = nowSeconds + 3600;

const envelope = exportWorkbenchJson([testCookie()], {
  shape: 'envelope',
  exportedAt: new Date(0),
});
const array = exportWorkbenchJson([testCookie()], { shape: 'array' });

const issuesOf = (entry: ImportEntry | undefined) =>
  entry?.ok ? entry.issues.map((i) => [i.field, i.severity]) : entry?.reason;

describe('detectFormat tells the formats apart', () => {
  it.each<[string, string, ImportFormat, number]>([
    ['our envelope', envelope, 'workbench-json', 1],
    ['our plain array', array, 'browser-extension-json', 1],
    [
      'a Cookie-Editor array',
      '[{"domain":".a.test","name":"a","value":"1","sameSite":null}]',
      'browser-extension-json',
      1,
    ],
    [
      'Playwright’s storageState',
      '{"cookies":[{"name":"a","value":"1","domain":"a.test","expires":-1}],"origins":[]}',
      'browser-extension-json',
      1,
    ],
    ['an empty JSON list', '[]', 'browser-extension-json', 0],
    [
      'cookies.txt with its header',
      `# Netscape HTTP Cookie File\n\n.a.test${t}TRUE${t}/${t}FALSE${t}0${t}a${t}1\n`,
      'netscape',
      1,
    ],
    [
      'cookies.txt with the old header',
      `# HTTP Cookie File\na.test${t}FALSE${t}/${t}FALSE${t}0${t}a${t}1`,
      'netscape',
      1,
    ],
    [
      'cookies.txt without a header',
      `a.test${t}FALSE${t}/${t}FALSE${t}${later}${t}a${t}1`,
      'netscape',
      1,
    ],
    [
      'cookies.txt with only HttpOnly lines',
      `#HttpOnly_a.test${t}FALSE${t}/${t}FALSE${t}0${t}a${t}1`,
      'netscape',
      1,
    ],
    ['a header with only its header line', '# Netscape HTTP Cookie File', 'netscape', 0],
    ['a Cookie header', 'a=1; b=2', 'cookie-header', 2],
    ['a Cookie header line', 'Cookie: a=1; b=2\n', 'cookie-header', 2],
    ['a header that starts like JSON', '[x]=1; {y}=2', 'cookie-header', 2],
    ['a single pair', 'sid=abc', 'cookie-header', 1],
  ])('%s', (_label, text, format, count) => {
    const result = detectFormat(text, options);
    expect(result.ok && [result.format, result.entries.length]).toEqual([format, count]);
  });

  it.each<[string, string, Partial<DetectOptions>, RegExp]>([
    ['empty text', '', {}, /nothing to import/],
    ['blank lines', ' \n\t\r\n', {}, /nothing to import/],
    ['prose', 'my cookies are gone', {}, /Not a format this import reads/],
    ['broken JSON', '[{"name": "a",', {}, /^Not valid JSON/],
    ['JSON that is not a list', '{"name":"a"}', {}, /not a list of cookies/],
    ['a newer export', '{"format":"cookie-workbench","version":3,"cookies":[]}', {}, /version 3/],
    ['a header without a site', 'a=1; b=2', { url: undefined }, /choose the site/],
    ['a header for a file url', 'a=1', { url: new URL('file:///x') }, /http or https/],
    ['several lines of pairs', 'a=1\nb=2', {}, /Not a format/],
  ])('refuses %s with a message', (_label, text, overrides, error) => {
    const result = detectFormat(text, { ...options, ...overrides });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(error);
  });
});

describe('detectFormat checks each cookie against the browser’s rules', () => {
  it.each<[string, string, Partial<DetectOptions>, (string | string[])[] | string]>([
    ['a valid cookie: no issues', `a.test${t}FALSE${t}/${t}FALSE${t}${later}${t}a${t}1`, {}, []],
    [
      'an expired cookie',
      `a.test${t}FALSE${t}/${t}FALSE${t}1000${t}a${t}1`,
      {},
      [['expirationDate', 'error']],
    ],
    [
      'an expiry past 400 days',
      `a.test${t}FALSE${t}/${t}FALSE${t}${nowSeconds + 500 * 86400}${t}a${t}1`,
      {},
      [['expirationDate', 'note']],
    ],
    [
      'SameSite=None without Secure',
      '[{"domain":"a.test","name":"a","value":"1","sameSite":"None"}]',
      {},
      [['sameSite', 'error']],
    ],
    [
      'a domain cookie on a public suffix',
      '[{"domain":".github.io","name":"a","value":"1"}]',
      {},
      [['domain', 'error']],
    ],
    [
      'the same with rules that allow it',
      '[{"domain":".github.io","name":"a","value":"1"}]',
      { hostRules: lenientHostRules },
      [],
    ],
    [
      'another store and an unknown SameSite',
      '[{"domain":"a.test","name":"a","value":"1","storeId":"firefox-private","sameSite":"x"}]',
      {},
      [
        ['storeId', 'note'],
        ['sameSite', 'note'],
      ],
    ],
    ['a name with a control character', 'a\u0001b=1', {}, [['name', 'error']]],
    [
      'an unreadable line',
      `a.test${t}MAYBE${t}/${t}FALSE${t}0${t}a${t}1`,
      {},
      'includeSubdomains and secure must each be TRUE or FALSE.',
    ],
  ])('%s', (_label, text, overrides, issues) => {
    const result = detectFormat(text, { ...options, ...overrides });
    expect(result.ok && issuesOf(result.entries[0])).toEqual(issues);
  });

  it('notes a later cookie with the identity of an earlier one: it is skipped, the first is imported', () => {
    const text = `a.test${t}FALSE${t}/${t}FALSE${t}0${t}a${t}1\na.test${t}FALSE${t}/${t}FALSE${t}0${t}a${t}2\nA.TEST${t}FALSE${t}/${t}FALSE${t}0${t}a${t}3`;
    const result = detectFormat(text, options);
    expect(result.ok && result.entries.map(issuesOf)).toEqual([
      [],
      [['name', 'note']],
      [['name', 'note']],
    ]);
  });

  it('an invalid first copy is not imported, so the valid later one is not called a repeat', () => {
    const text =
      '[{"domain":"a.test","name":"a","value":"1","sameSite":"None"},{"domain":"a.test","name":"a","value":"2"},{"domain":"a.test","name":"a","value":"3"}]';
    const result = detectFormat(text, options);
    expect(result.ok && result.entries.map(issuesOf)).toEqual([
      [['sameSite', 'error']],
      [],
      [['name', 'note']],
    ]);
  });
});

describe('one broken cookie does not abort the preview', () => {
  it('a path with a lone surrogate is that cookie’s error; the others stay importable', () => {
    const text =
      '[{"domain":"a.test","name":"bad","value":"1","path":"/x\\ud800"},{"domain":"a.test","name":"good","value":"2"}]';
    const result = detectFormat(text, options);
    expect(result.ok && result.entries.map(issuesOf)).toEqual([[['path', 'error']], []]);
  });
});

describe('detectFormat never throws', () => {
  const line = fc
    .array(
      fc.oneof(fc.string(), fc.constantFrom('TRUE', 'FALSE', '0', '#HttpOnly_a.test', '=', ';')),
      {
        maxLength: 8,
      },
    )
    .map((fields) => fields.join('\t'));
  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.json(),
    fc.array(line).map((lines) => lines.join('\n')),
    fc.jsonValue().map((v) => JSON.stringify([v, { domain: 'a.test', name: 'a', value: v }])),
  );
  it.each<[string, URL | undefined]>([
    ['with a site', url],
    ['without a site', undefined],
  ])('on any text, %s', (_label, site) => {
    fc.assert(
      fc.property(text, (input) => {
        const result = detectFormat(input, { ...options, url: site });
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cookie, type CookieDraft, draftFromCookie } from '../cookies/cookie';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import type { ImportEntry } from './import-entry';
import { exportNetscapeCookies, netscapeHeader, parseNetscapeCookies } from './netscape-cookies';
import { validCookies } from './testing/cookie-arbitraries';

const target = { storeId: '0' };
const t = '\t';

function entriesOf(text: string): ImportEntry[] {
  const parse = parseNetscapeCookies(text, target);
  if (!parse.ok) throw new Error(parse.error);
  return parse.entries;
}

const draft = (overrides: Partial<CookieDraft>): CookieDraft => ({
  name: 'sid',
  value: 'abc',
  domain: 'a.test',
  hostOnly: true,
  path: '/',
  secure: false,
  httpOnly: false,
  sameSite: 'unspecified',
  storeId: '0',
  ...overrides,
});

describe('exportNetscapeCookies', () => {
  it('writes the header first, the warning, and one line per cookie', () => {
    const text = exportNetscapeCookies([
      testCookie({
        domain: '.a.test',
        hostOnly: false,
        httpOnly: true,
        secure: true,
        session: false,
        expirationDate: 1_798_761_600.9,
      }),
      testCookie({ name: 'tmp', value: '', path: '/app' }),
    ]);
    const lines = text.split('\n');
    expect(lines[0]).toBe(netscapeHeader);
    expect(text).toMatch(/live login sessions/);
    expect(lines.slice(-3)).toEqual([
      `#HttpOnly_.a.test${t}TRUE${t}/${t}TRUE${t}1798761600${t}sid${t}abc`,
      `a.test${t}FALSE${t}/app${t}FALSE${t}0${t}tmp${t}`,
      '',
    ]);
  });

  it.each<[string, Partial<Cookie>, string]>([
    ['a session cookie as 0', { session: true }, '0'],
    [
      'a fraction cut to the second',
      { session: false, expirationDate: 1_800_000_000.99 },
      '1800000000',
    ],
    ['an expiry under a second as 1, not as session', { session: false, expirationDate: 0.5 }, '1'],
    [
      'a stray expiry of a session cookie as 0',
      { session: true, expirationDate: 1_900_000_000 },
      '0',
    ],
  ])('writes %s', (_label, overrides, expiry) => {
    const line = exportNetscapeCookies([testCookie(overrides)])
      .trimEnd()
      .split('\n')
      .at(-1);
    expect(line?.split(t)[4]).toBe(expiry);
  });

  it('leaves out, and says so, cookies that would break the line', () => {
    const text = exportNetscapeCookies([
      testCookie({ value: 'a\tb' }),
      testCookie({ name: 'x\ny' }),
      testCookie({ name: 'ok' }),
    ]);
    expect(text).toMatch(/# Left out 2 cookies holding/);
    expect(entriesOf(text).map((e) => e.ok && e.draft.name)).toEqual(['ok']);
  });
});

describe('parseNetscapeCookies', () => {
  it.each<[string, string, Partial<CookieDraft>]>([
    ['a host-only session line', `a.test${t}FALSE${t}/${t}FALSE${t}0${t}sid${t}abc`, {}],
    [
      'a domain cookie, persistent',
      `.a.test${t}TRUE${t}/p${t}TRUE${t}1798761600${t}sid${t}abc`,
      { hostOnly: false, path: '/p', secure: true, expirationDate: 1798761600 },
    ],
    [
      '#HttpOnly_',
      `#HttpOnly_a.test${t}FALSE${t}/${t}FALSE${t}0${t}sid${t}abc`,
      { httpOnly: true },
    ],
    ['lower-case flags', `.a.test${t}true${t}/${t}false${t}0${t}sid${t}abc`, { hostOnly: false }],
    ['an empty expiry (Python) as session', `a.test${t}FALSE${t}/${t}FALSE${t}${t}sid${t}abc`, {}],
    [
      'a fractional expiry',
      `a.test${t}FALSE${t}/${t}FALSE${t}1798761600.5${t}sid${t}abc`,
      { expirationDate: 1798761600.5 },
    ],
    ['a negative expiry as session', `a.test${t}FALSE${t}/${t}FALSE${t}-1${t}sid${t}abc`, {}],
    ['an empty value with its tab', `a.test${t}FALSE${t}/${t}FALSE${t}0${t}sid${t}`, { value: '' }],
    ['an empty value without its tab', `a.test${t}FALSE${t}/${t}FALSE${t}0${t}sid`, { value: '' }],
    ['trailing tabs', `a.test${t}FALSE${t}/${t}FALSE${t}0${t}sid${t}abc${t}${t}`, {}],
    ['a CR left at the end', `a.test${t}FALSE${t}/${t}FALSE${t}0${t}sid${t}abc\r`, {}],
    ['an empty name', `a.test${t}FALSE${t}/${t}FALSE${t}0${t}${t}abc`, { name: '' }],
    [
      '= and quotes in the value',
      `a.test${t}FALSE${t}/${t}FALSE${t}0${t}sid${t}"a=b"`,
      { value: '"a=b"' },
    ],
    ['leading spaces', `   a.test${t}FALSE${t}/${t}FALSE${t}0${t}sid${t}abc`, {}],
  ])('reads %s', (_label, line, expected) => {
    const [entry] = entriesOf(line);
    expect(entry?.ok && entry.draft).toEqual(draft(expected));
    expect(entry?.source).toBe(line.replace(/\r$/, ''));
  });

  it.each<[string, string, RegExp]>([
    ['too few fields', `a.test${t}FALSE${t}/${t}FALSE${t}0`, /found 5/],
    ['too many fields', `a.test${t}FALSE${t}/${t}FALSE${t}0${t}a${t}b${t}c`, /found 8/],
    ['spaces for tabs', 'a.test FALSE / FALSE 0 sid abc', /spaces, not tabs/],
    ['a bad flag', `a.test${t}YES${t}/${t}FALSE${t}0${t}sid${t}abc`, /TRUE or FALSE/],
    [
      'a date for an expiry',
      `a.test${t}FALSE${t}/${t}FALSE${t}2027-01-01${t}sid${t}abc`,
      /"2027-01-01" is not a number/,
    ],
  ])('refuses %s and says why', (_label, line, reason) => {
    const [entry] = entriesOf(line);
    expect(entry?.ok).toBe(false);
    expect(entry?.ok === false && entry.reason).toMatch(reason);
  });

  it('skips comments and blank lines, reads CRLF and keeps persistent cookies persistent', () => {
    const file = [
      '\uFEFF# Netscape HTTP Cookie File',
      '# This file was generated by libcurl! Edit at your own risk.',
      '',
      '   ',
      `#HttpOnly_.a.test${t}TRUE${t}/${t}TRUE${t}1798761600${t}sid${t}abc`,
      `# a.test${t}FALSE${t}/${t}FALSE${t}0${t}commented${t}out`,
      `a.test${t}FALSE${t}/${t}FALSE${t}0${t}tmp${t}1`,
      '',
    ].join('\r\n');
    expect(entriesOf(file).map((e) => e.ok && e.draft)).toEqual([
      draft({ hostOnly: false, secure: true, httpOnly: true, expirationDate: 1798761600 }),
      draft({ name: 'tmp', value: '1' }),
    ]);
  });

  it('reads an empty file as no cookies', () => {
    expect(entriesOf(`${netscapeHeader}\n`)).toEqual([]);
  });

  it('round-trips valid cookies to the second, session and persistent alike', () => {
    fc.assert(
      fc.property(validCookies({ tabs: false }), (cookies) => {
        const storeId = cookies[0]?.storeId ?? '0';
        const parse = parseNetscapeCookies(exportNetscapeCookies(cookies), { storeId });
        const expected = cookies.map((c) => {
          const { partitionKey: _dropped, ...d } = draftFromCookie(c);
          const back: CookieDraft = { ...d, sameSite: 'unspecified' };
          if (d.expirationDate !== undefined) back.expirationDate = Math.floor(d.expirationDate);
          return back;
        });
        expect(parse.ok && parse.entries.map((e) => (e.ok ? e.draft : e.reason))).toEqual(expected);
      }),
    );
  });

  it('never throws, whatever the text', () => {
    const field = fc.oneof(
      fc.string(),
      fc.constantFrom('TRUE', 'FALSE', '0', '-1', '', '#HttpOnly_'),
    );
    const line = fc.array(field, { maxLength: 9 }).map((fields) => fields.join('\t'));
    const file = fc
      .tuple(fc.array(line), fc.constantFrom('\n', '\r\n', '\r'))
      .map(([lines, end]) => lines.join(end));
    fc.assert(
      fc.property(fc.oneof(fc.string(), file), (text) => {
        parseNetscapeCookies(text, target);
      }),
    );
  });
});

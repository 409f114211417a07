import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cookie, type CookieDraft, cookieHost } from '../cookies/cookie';
import { siteOfHost } from '../cookies/cookie-site';
import { isSent, type RequestContext } from '../cookies/is-sent';
import { topLevelVisit } from '../cookies/page-context';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import { cookiePair, exportCookieHeader, parseCookieHeader } from './cookie-header';
import type { ImportEntry } from './import-entry';
import { cookieName, cookieValue, validCookies } from './testing/cookie-arbitraries';

const page = new URL('https://www.a.test/app/page');
const now = Date.UTC(2026, 11, 2);
/** The url visited at top level. */
const visit = (url: URL) => topLevelVisit(url, siteOfHost(url.hostname), now);

function entriesOf(text: string, url = page): ImportEntry[] {
  const parse = parseCookieHeader(text, { storeId: '0', url });
  if (!parse.ok) throw new Error(parse.error);
  return parse.entries;
}
const pairsOf = (entries: ImportEntry[]) =>
  entries.map((e) => (e.ok ? [e.draft.name, e.draft.value] : e.reason));

describe('exportCookieHeader', () => {
  it('sends what the page receives, longer paths first', () => {
    const cookies: Cookie[] = [
      testCookie({ name: 'root', domain: '.a.test', hostOnly: false }),
      testCookie({ name: 'app', domain: 'www.a.test', path: '/app' }),
      testCookie({ name: 'other-host', domain: 'b.a.test' }),
      testCookie({ name: 'other-path', domain: 'www.a.test', path: '/admin' }),
      testCookie({ name: 'secure', domain: 'www.a.test', secure: true }),
      testCookie({ name: 'deeper', domain: 'www.a.test', path: '/app/page' }),
    ];
    expect(exportCookieHeader(cookies, visit(page))).toBe(
      'deeper=abc; app=abc; root=abc; secure=abc',
    );
    expect(exportCookieHeader(cookies, visit(new URL('http://www.a.test/')))).toBe('root=abc');
  });

  it.each<[string, Partial<Cookie>, string]>([
    ['a plain pair', { name: 'a', value: '1' }, 'a=1'],
    ['= inside the value', { name: 'a', value: 'b=c==' }, 'a=b=c=='],
    ['an empty value', { name: 'a', value: '' }, 'a='],
    ['a nameless cookie as its value', { name: '', value: 'flag' }, 'flag'],
    ['a nameless cookie holding =', { name: '', value: 'x=1' }, '=x=1'],
    ['% and non-ASCII verbatim', { name: 'a', value: '%41caf\u00e9' }, 'a=%41caf\u00e9'],
  ])('writes %s', (_label, overrides, pair) => {
    expect(cookiePair(testCookie(overrides))).toBe(pair);
  });

  it('leaves out a cookie that would break the header', () => {
    const cookies = [testCookie({ value: 'a;b' }), testCookie({ name: 'n', value: 'x\r\ny' })];
    expect(exportCookieHeader(cookies, visit(new URL('http://a.test/')))).toBe('');
  });

  it('sends only what that top-level site sends: never another partition, never an expired cookie', () => {
    const partitioned = (topLevelSite: string, hasCrossSiteAncestor: boolean) =>
      ({
        secure: true,
        sameSite: 'no_restriction',
        partitionKey: { topLevelSite, hasCrossSiteAncestor },
      }) as const;
    const cookies = [
      testCookie({ name: 'mine', domain: 'a.test', secure: true, sameSite: 'no_restriction' }),
      testCookie({ name: 'chip', domain: 'a.test', ...partitioned('https://a.test', false) }),
      testCookie({ name: 'framed', domain: 'a.test', ...partitioned('https://a.test', true) }),
      testCookie({ name: 'other', domain: 'a.test', ...partitioned('https://c.test', true) }),
      testCookie({ name: 'old', domain: 'a.test', session: false, expirationDate: now / 1000 - 1 }),
      testCookie({ name: 'lax', domain: 'a.test' }),
    ];
    const url = new URL('https://a.test/');
    expect(exportCookieHeader(cookies, visit(url))).toBe('mine=abc; chip=abc; lax=abc');
    // The same url as a frame of https://c.test: its own partition, and no Lax cookie.
    const inFrame = {
      url,
      topLevelSite: 'https://c.test',
      crossSite: true,
      kind: 'subresource',
      now,
    } as const;
    expect(exportCookieHeader(cookies, inFrame)).toBe('mine=abc; other=abc');
  });
});

describe('parseCookieHeader', () => {
  it('makes host-only session cookies on the url’s host with path /', () => {
    const expected = (secure: boolean): CookieDraft => ({
      name: 'a',
      value: '1',
      domain: 'www.a.test',
      hostOnly: true,
      path: '/',
      secure,
      httpOnly: false,
      sameSite: 'unspecified',
      storeId: '0',
    });
    expect(entriesOf('a=1')).toEqual([
      { ok: true, draft: expected(true), source: 'a=1', issues: [] },
    ]);
    const [http] = entriesOf('a=1', new URL('http://WWW.A.test:8080/x'));
    expect(http?.ok && http.draft).toEqual(expected(false));
  });

  it.each<[string, string, (string[] | string)[]]>([
    [
      'two pairs',
      'a=1; b=2',
      [
        ['a', '1'],
        ['b', '2'],
      ],
    ],
    [
      '= inside values',
      'a=b=c; d==',
      [
        ['a', 'b=c'],
        ['d', '='],
      ],
    ],
    [
      'no spaces',
      'a=1;b=2',
      [
        ['a', '1'],
        ['b', '2'],
      ],
    ],
    [
      'extra spaces',
      '  a = 1 ;  b=2  ',
      [
        ['a', '1'],
        ['b', '2'],
      ],
    ],
    [
      'empty pieces',
      ';a=1;; ;b=2;',
      [
        ['a', '1'],
        ['b', '2'],
      ],
    ],
    [
      'a pair without =: empty name',
      'flag; a=1',
      [
        ['', 'flag'],
        ['a', '1'],
      ],
    ],
    ['an empty name with =', '=x=1', [['', 'x=1']]],
    ['an empty value', 'a=', [['a', '']]],
    ['quotes kept', 'a="x y"', [['a', '"x y"']]],
    [
      'the header name copied along',
      'Cookie: a=1; b=2',
      [
        ['a', '1'],
        ['b', '2'],
      ],
    ],
    ['percent signs kept', 'a=%3D%3D', [['a', '%3D%3D']]],
    [
      'a repeated name',
      'a=1; a=2',
      [['a', '1'], '"a" appears twice: only the first, the one sent with priority, is imported.'],
    ],
    ['nothing', ' ; ', []],
  ])('reads %s', (_label, text, expected) => {
    expect(pairsOf(entriesOf(text))).toEqual(expected);
  });

  it('takes the host of an IPv6 url without brackets', () => {
    const [entry] = entriesOf('a=1', new URL('http://[::1]:3000/'));
    expect(entry?.ok && entry.draft.domain).toBe('::1');
  });

  it('refuses a url that is not http or https', () => {
    const parse = parseCookieHeader('a=1', { storeId: '0', url: new URL('file:///tmp/x') });
    expect(parse).toEqual({
      ok: false,
      error: 'Cookies belong to http or https sites, not file: urls.',
    });
  });

  it('round-trips any valid names and values with distinct names', () => {
    const pairs = fc.uniqueArray(fc.tuple(cookieName, cookieValue({ tabs: true })), {
      selector: ([name]) => name,
      maxLength: 8,
    });
    fc.assert(
      fc.property(pairs, (list) => {
        const valid = list.filter(([name, value]) => name !== '' || value !== '');
        const cookies = valid.map(([name, value]) =>
          testCookie({ name, value, domain: 'www.a.test', secure: true, sameSite: 'unspecified' }),
        );
        const back = entriesOf(exportCookieHeader(cookies, visit(page)));
        expect(pairsOf(back)).toEqual(valid);
      }),
    );
  });

  it('reads back the name and value of every cookie sent, first of each name', () => {
    let runsWithCookiesSent = 0;
    fc.assert(
      fc.property(
        validCookies({ tabs: true }).filter((list) => list.length > 0),
        fc.nat(),
        (cookies, pick) => {
          // A request to one of the cookies' own host and path, so that some are sent.
          const target = cookies[pick % cookies.length] as Cookie;
          const url = new URL(`https://${cookieHost(target)}${target.path}`);
          // In the target's own partition, before any expiry.
          const partition = target.partitionKey;
          const request: RequestContext = partition?.topLevelSite
            ? {
                url,
                topLevelSite: partition.topLevelSite,
                crossSite: partition.hasCrossSiteAncestor ?? true,
                kind: 'subresource',
                now: 0,
              }
            : { ...visit(url), now: 0 };
          const received = cookies.filter((c) => isSent(c, request).sent);
          if (received.length > 0) runsWithCookiesSent++;
          const back = entriesOf(exportCookieHeader(cookies, request), url).filter((e) => e.ok);
          // Every name the page receives comes back once, with the value of a cookie of that name.
          const names = back.map((e) => (e.ok ? e.draft.name : ''));
          expect(new Set(names).size).toBe(names.length);
          expect(new Set(names)).toEqual(new Set(received.map((c) => c.name)));
          for (const entry of back) {
            if (!entry.ok) continue;
            const { name, value } = entry.draft;
            expect(received.some((c) => c.name === name && c.value === value)).toBe(true);
          }
        },
      ),
    );
    expect(runsWithCookiesSent).toBeGreaterThan(50);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(page, new URL('ftp://a.test/')), (text, url) => {
        parseCookieHeader(text, { storeId: '0', url });
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditCookies } from '../audit/audit-index';
import type { Cookie } from '../cookies/cookie';
import { isSentToPage, pageContext } from '../cookies/page-context';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import { compileSearch, sentUnavailableMessage } from './compile-search';
import { type CookieSearch, matchesSearch, type SearchContext } from './cookie-search';
import { compileLinearRegex } from './linear-regex';
import { parseSearch } from './parse-search';

const now = Date.UTC(2026, 0, 1);
const nowSeconds = now / 1000;
const page = pageContext('http://shop.a.test/cart', 'a.test', 'http://a.test');
const search = (text: string, hasPage = true) =>
  compileSearch(parseSearch(text), { compile: compileLinearRegex, hasPage });

const cookies: Record<string, Cookie> = {
  session: testCookie({
    name: 'SessionId',
    value: 'abc=123',
    domain: '.shop.a.test',
    hostOnly: false,
  }),
  persistent: testCookie({
    name: '_ga',
    value: 'GA1.2',
    domain: 'a.test',
    path: '/app/x',
    session: false,
    expirationDate: nowSeconds + 3600,
    secure: true,
    httpOnly: true,
    sameSite: 'no_restriction',
  }),
  expired: testCookie({
    name: 'old',
    session: false,
    expirationDate: nowSeconds - 1,
    sameSite: 'strict',
  }),
  partitioned: testCookie({
    name: 'chip',
    domain: 'b.test',
    secure: true,
    sameSite: 'unspecified',
    partitionKey: { topLevelSite: 'https://a.test' },
  }),
};

/** The names of the cookies a search lets through, in the table's order. */
const isSent: SearchContext['isSent'] = (cookie) => isSentToPage(cookie, page, now).sent;

function matching(text: string, context: SearchContext = { now, isSent }): string[] {
  const compiled = search(text);
  return Object.entries(cookies)
    .filter(([, cookie]) => matchesSearch(cookie, compiled, context))
    .map(([key]) => key);
}

describe('matchesSearch: each term against cookies', () => {
  it.each<[string, string[]]>([
    ['', ['session', 'persistent', 'expired', 'partitioned']],
    ['session', ['session']],
    ['SESSION shop', ['session']],
    ['abc=1', ['session']],
    ['a.test', ['session', 'persistent', 'expired']],
    ['/app/x', ['persistent']],
    ['session other', []],
    ['"abc=123"', ['session']],
    ['-session', ['persistent', 'expired', 'partitioned']],
    ['/^Session/', ['session']],
    ['/^session/', []],
    ['/^session/i', ['session']],
    ['/^\\.shop\\./', ['session']],
    ['/^abc=123$/', ['session']],
    ['/Id\\nabc/', []],
    ['-/^_ga$|^old$/', ['session', 'partitioned']],
    ['is:session', ['session', 'partitioned']],
    ['is:persistent', ['persistent', 'expired']],
    ['is:expired', ['expired']],
    ['-is:expired', ['session', 'persistent', 'partitioned']],
    ['secure:yes', ['persistent', 'partitioned']],
    ['secure:no', ['session', 'expired']],
    ['httponly:yes', ['persistent']],
    ['httponly:no', ['session', 'expired', 'partitioned']],
    ['samesite:none', ['persistent']],
    ['samesite:lax', ['session']],
    ['samesite:strict', ['expired']],
    ['samesite:unset', ['partitioned']],
    ['partitioned', ['partitioned']],
    ['-partitioned', ['session', 'persistent', 'expired']],
    ['partitioned:no', ['session', 'persistent', 'expired']],
    // An http page: Secure cookies stay home, b.test is another site, `old` has expired.
    ['sent:yes', ['session']],
    ['sent:no', ['persistent', 'expired', 'partitioned']],
    ['domain:a.test', ['session', 'persistent', 'expired']],
    ['domain:shop.a.test', ['session']],
    ['domain:hop.a.test', []],
    ['-domain:a.test', ['partitioned']],
    ['path:/app', ['persistent']],
    ['path:/', ['session', 'persistent', 'expired', 'partitioned']],
    ['path:/App', []],
    ['name:sess', ['session']],
    ['name:a.test', []],
    ['value:ga1', ['persistent']],
    ['name:/^_/', ['persistent']],
    ['-name:_ga', ['session', 'expired', 'partitioned']],
    ['is:session secure:no', ['session']],
    ['is:persistent -is:expired samesite:none ga', ['persistent']],
  ])('%j → %j', (text, expected) => {
    expect(matching(text)).toEqual(expected);
  });

  // The audit's findings, computed once as a view would: `SessionId` is a session id without
  // HttpOnly (a warning), `chip` has no SameSite (info), the others have nothing.
  const audit = auditCookies(Object.values(cookies), { now });
  it.each<[string, string[]]>([
    ['has:warning', ['session']],
    ['has:info', ['partitioned']],
    ['-has:warning', ['persistent', 'expired', 'partitioned']],
    ['has:warning secure:no', ['session']],
    ['has:warning secure:yes', []],
  ])('%j, with the audit → %j', (text, expected) => {
    expect(matching(text, { now, isSent, hasFinding: audit.has })).toEqual(expected);
  });

  it('has: matches nothing when the view gives no audit', () => {
    expect(matching('has:warning')).toEqual([]);
    expect(matching('-has:warning')).toEqual(['session', 'persistent', 'expired', 'partitioned']);
  });

  it('gives the same answer twice for a global regex (no lastIndex carried over)', () => {
    const compiled = search('/abc/g');
    const twice = [1, 2].map(() => matchesSearch(cookies.session as Cookie, compiled, { now }));
    expect(twice).toEqual([true, true]);
  });
});

describe('compileSearch: what cannot run says why and matches nothing', () => {
  it.each<[string, boolean, Partial<CookieSearch>]>([
    ['', true, { kind: 'all' }],
    ['foo:x', true, { kind: 'invalid', message: expect.stringContaining('Unknown filter "foo:"') }],
    ['/(/', true, { kind: 'invalid', message: expect.stringContaining('Not a valid regular') }],
    ['/(a)\\1/', true, { kind: 'invalid', message: expect.stringContaining('Backreferences') }],
    ['sent:no', false, { kind: 'invalid', message: sentUnavailableMessage() }],
    ['sent:no', true, { kind: 'match' }],
  ])('%j (page: %s)', (text, hasPage, expected) => {
    const compiled = search(text, hasPage);
    expect(compiled).toMatchObject(expected);
    if (compiled.kind === 'invalid') {
      expect(matchesSearch(cookies.session as Cookie, compiled, { now, isSent })).toBe(false);
    }
  });

  it('is loading, and matches nothing, until the regex engine is there', () => {
    const loading = compileSearch(parseSearch('a /^s/'), { hasPage: true });
    expect(loading).toEqual({ kind: 'loading' });
    expect(matchesSearch(cookies.session as Cookie, loading, { now })).toBe(false);
    expect(compileSearch(parseSearch('a path:/x'), { hasPage: true }).kind).toBe('match');
  });
});

describe('whatever is typed', () => {
  it('compiles and matches without throwing: a message, never an exception', () => {
    const piece = fc.constantFrom(
      '-',
      '"',
      '/',
      ':',
      ' ',
      '\\',
      '(',
      '[',
      ']',
      '*',
      'is',
      'name',
      'sent',
      'a',
      'i',
    );
    const query = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join('')),
    );
    fc.assert(
      fc.property(query, fc.boolean(), (text, hasPage) => {
        const compiled = search(text, hasPage);
        for (const cookie of Object.values(cookies)) {
          expect(typeof matchesSearch(cookie, compiled, { now, isSent })).toBe('boolean');
        }
        if (compiled.kind === 'invalid') expect(compiled.message).not.toBe('');
      }),
      { numRuns: 1000 },
    );
  });
});

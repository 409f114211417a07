import { describe, expect, it } from 'vitest';
import { daySeconds } from '../cookies/classify-lifetime';
import type { Cookie } from '../cookies/cookie';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import { auditCookie, type CookieAuditContext, nearNameValueBytes } from './audit-cookie';
import type { AuditSeverity, RuleId } from './audit-finding';

const now = Date.UTC(2026, 11, 2, 12, 0, 0);
const nowSeconds = now / 1000;
const httpsPage = 'https://www.a.test/app';

/** A cookie no rule has anything to say about, unless a row changes it. */
const plain = (overrides: Partial<Cookie> = {}) =>
  testCookie({ name: 'theme', value: 'dark', secure: true, httpOnly: false, ...overrides });
const expiring = (seconds: number, overrides: Partial<Cookie> = {}) =>
  plain({ session: false, expirationDate: nowSeconds + seconds, ...overrides });

type Expected = [RuleId, AuditSeverity] | undefined;
type Row = [what: string, cookie: Cookie, context: Partial<CookieAuditContext>, expected: Expected];

/** The findings of the rules in `rules` only: each table checks its own rule. */
function found(rules: RuleId[], cookie: Cookie, context: Partial<CookieAuditContext>) {
  return auditCookie(cookie, { now, ...context })
    .filter((f) => rules.includes(f.rule))
    .map((f) => [f.rule, f.severity]);
}

function table(rules: RuleId[], rows: Row[]) {
  it.each(rows)('%s', (_, cookie, context, expected) => {
    expect(found(rules, cookie, context)).toEqual(expected ? [expected] : []);
  });
}

describe('secure-missing: not Secure on an https site', () => {
  table(
    ['secure-missing'],
    [
      ['Secure: nothing', plain(), { pageUrl: httpsPage }, undefined],
      [
        'host-only on the https host',
        plain({ domain: 'www.a.test', secure: false }),
        { pageUrl: httpsPage },
        ['secure-missing', 'info'],
      ],
      [
        'a domain cookie of the parent',
        plain({ domain: '.a.test', hostOnly: false, secure: false }),
        { pageUrl: httpsPage },
        ['secure-missing', 'info'],
      ],
      [
        'a subdomain of the page host',
        plain({ domain: 'api.www.a.test', secure: false }),
        { pageUrl: httpsPage },
        ['secure-missing', 'info'],
      ],
      [
        'a session token: warning',
        plain({ name: 'sessionid', domain: 'www.a.test', secure: false }),
        { pageUrl: httpsPage },
        ['secure-missing', 'warning'],
      ],
      ['an http page: nothing', plain({ secure: false }), { pageUrl: 'http://a.test/' }, undefined],
      ['no page: nothing', plain({ secure: false }), {}, undefined],
      ['not a url: nothing', plain({ secure: false }), { pageUrl: 'not a url' }, undefined],
      [
        'another site (a frame): nothing',
        plain({ domain: 'b.test', secure: false }),
        { pageUrl: httpsPage },
        undefined,
      ],
      [
        'a sibling host: nothing',
        plain({ domain: 'shop.a.test', secure: false }),
        { pageUrl: httpsPage },
        undefined,
      ],
    ],
  );
});

describe('httponly-missing: a session token scripts can read', () => {
  const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
  table(
    ['httponly-missing'],
    [
      ['sessionid', plain({ name: 'sessionid' }), {}, ['httponly-missing', 'warning']],
      ['PHPSESSID', plain({ name: 'PHPSESSID' }), {}, ['httponly-missing', 'warning']],
      ['JSESSIONID', plain({ name: 'JSESSIONID' }), {}, ['httponly-missing', 'warning']],
      ['connect.sid', plain({ name: 'connect.sid' }), {}, ['httponly-missing', 'warning']],
      ['laravel_session', plain({ name: 'laravel_session' }), {}, ['httponly-missing', 'warning']],
      ['_session_id', plain({ name: '_session_id' }), {}, ['httponly-missing', 'warning']],
      ['auth_token', plain({ name: 'auth_token' }), {}, ['httponly-missing', 'warning']],
      ['a JWT value', plain({ name: 'prefs', value: token }), {}, ['httponly-missing', 'warning']],
      ['HttpOnly session: nothing', plain({ name: 'sessionid', httpOnly: true }), {}, undefined],
      ['not a session name: nothing', plain({ name: 'theme' }), {}, undefined],
      ['XSRF-TOKEN is meant for scripts: nothing', plain({ name: 'XSRF-TOKEN' }), {}, undefined],
      ['_hjSessionUser_1 (analytics): nothing', plain({ name: '_hjSessionUser_1' }), {}, undefined],
    ],
  );
});

describe('samesite: None without Secure; unset (Lax by default)', () => {
  table(
    ['samesite-none-insecure', 'samesite-unset'],
    [
      [
        'None without Secure',
        plain({ sameSite: 'no_restriction', secure: false }),
        {},
        ['samesite-none-insecure', 'warning'],
      ],
      ['None with Secure: nothing', plain({ sameSite: 'no_restriction' }), {}, undefined],
      ['unset: info', plain({ sameSite: 'unspecified' }), {}, ['samesite-unset', 'info']],
      [
        'unset without Secure: still only info',
        plain({ sameSite: 'unspecified', secure: false }),
        {},
        ['samesite-unset', 'info'],
      ],
      ['Lax: nothing', plain({ sameSite: 'lax', secure: false }), {}, undefined],
      ['Strict: nothing', plain({ sameSite: 'strict', secure: false }), {}, undefined],
    ],
  );
});

describe('prefix-secure and prefix-host: what the prefixes demand', () => {
  const host = (overrides: Partial<Cookie>) => plain({ name: '__Host-id', ...overrides });
  table(
    ['prefix-secure', 'prefix-host'],
    [
      ['__Secure- with Secure: nothing', plain({ name: '__Secure-id' }), {}, undefined],
      [
        '__Secure- without Secure',
        plain({ name: '__Secure-id', secure: false }),
        {},
        ['prefix-secure', 'warning'],
      ],
      [
        '__secure- in lower case counts (Chromium matches without case)',
        plain({ name: '__secure-id', secure: false }),
        {},
        ['prefix-secure', 'warning'],
      ],
      [
        '__Secure- may have a Domain and a path',
        plain({ name: '__Secure-id', domain: '.a.test', hostOnly: false, path: '/app' }),
        {},
        undefined,
      ],
      ['__Host- done right: nothing', host({}), {}, undefined],
      ['__Host- not Secure', host({ secure: false }), {}, ['prefix-host', 'warning']],
      [
        '__Host- with a Domain attribute',
        host({ domain: '.a.test', hostOnly: false }),
        {},
        ['prefix-host', 'warning'],
      ],
      ['__Host- on a path', host({ path: '/app' }), {}, ['prefix-host', 'warning']],
      [
        '__HOST- in upper case counts',
        host({ name: '__HOST-id', path: '/app' }),
        {},
        ['prefix-host', 'warning'],
      ],
      ['no prefix: nothing', plain({ secure: false, path: '/app' }), {}, undefined],
      ['_Host- is not the prefix', plain({ name: '_Host-id', secure: false }), {}, undefined],
    ],
  );

  it('names every broken requirement in one reason', () => {
    const cookie = host({ secure: false, domain: '.a.test', hostOnly: false, path: '/app' });
    const [finding] = auditCookie(cookie, { now }).filter((f) => f.rule === 'prefix-host');
    expect(finding?.reason).toMatch(/not Secure.*Domain attribute.*a\.test.*path.*\/app.* not \//);
    expect(finding?.source).toBe('RFC 6265bis §4.1.3.2 (the __Host- prefix)');
  });
});

describe('size: near or over 4,096 bytes of name and value', () => {
  // `theme` is 5 bytes: values are sized so that name + value hits each edge.
  const sized = (bytes: number) => plain({ value: 'x'.repeat(bytes - 5) });
  table(
    ['size-near-limit', 'size-over-limit'],
    [
      ['small: nothing', sized(100), {}, undefined],
      ['just below near: nothing', sized(nearNameValueBytes - 1), {}, undefined],
      ['near', sized(nearNameValueBytes), {}, ['size-near-limit', 'info']],
      ['exactly 4,096: allowed, near', sized(4096), {}, ['size-near-limit', 'info']],
      ['4,097: over', sized(4097), {}, ['size-over-limit', 'warning']],
      [
        'counted in UTF-8 bytes: 2,048 é are 4,096 bytes',
        plain({ name: 'é', value: 'é'.repeat(2047) }),
        {},
        ['size-near-limit', 'info'],
      ],
      [
        'one more é is over',
        plain({ name: 'é', value: 'é'.repeat(2048) }),
        {},
        ['size-over-limit', 'warning'],
      ],
    ],
  );
});

describe('expiry-over-400-days: clamped by the browser', () => {
  table(
    ['expiry-over-400-days'],
    [
      ['a session cookie: nothing', plain(), {}, undefined],
      ['a year: nothing', expiring(365 * daySeconds), {}, undefined],
      ['400 days exactly: nothing', expiring(400 * daySeconds), {}, undefined],
      [
        '400 days and a second',
        expiring(400 * daySeconds + 1),
        {},
        ['expiry-over-400-days', 'info'],
      ],
      ['ten years', expiring(3650 * daySeconds), {}, ['expiry-over-400-days', 'info']],
      ['expired: nothing', expiring(-60), {}, undefined],
    ],
  );
});

describe('long-lived-session-token: a login that outlives a month', () => {
  const session = (seconds: number) => expiring(seconds, { name: 'laravel_session' });
  table(
    ['long-lived-session-token'],
    [
      ['a session cookie: nothing', plain({ name: 'sessionid' }), {}, undefined],
      ['two weeks (Django default): nothing', session(14 * daySeconds), {}, undefined],
      ['30 days exactly: nothing', session(30 * daySeconds), {}, undefined],
      ['31 days', session(31 * daySeconds), {}, ['long-lived-session-token', 'warning']],
      ['a year', session(365 * daySeconds), {}, ['long-lived-session-token', 'warning']],
      ['a year, not a session token: nothing', expiring(365 * daySeconds), {}, undefined],
    ],
  );

  it('says the days the browser will keep it (at most 400)', () => {
    const [finding] = auditCookie(session(3650 * daySeconds), { now }).filter(
      (f) => f.rule === 'long-lived-session-token',
    );
    expect(finding?.reason).toContain('400 more days');
  });
});

describe('jwt: expired or alg none, from the caller’s decoder', () => {
  table(
    ['jwt-expired', 'jwt-alg-none'],
    [
      ['no JWT facts: nothing', plain(), {}, undefined],
      [
        'HS256, valid: nothing',
        plain(),
        { jwt: { alg: 'HS256', exp: nowSeconds + 60 } },
        undefined,
      ],
      ['alg none', plain(), { jwt: { alg: 'none' } }, ['jwt-alg-none', 'warning']],
      ['alg None (case)', plain(), { jwt: { alg: 'None' } }, ['jwt-alg-none', 'warning']],
      ['expired', plain(), { jwt: { alg: 'HS256', exp: nowSeconds - 1 } }, ['jwt-expired', 'info']],
      ['expiring this second', plain(), { jwt: { exp: nowSeconds } }, ['jwt-expired', 'info']],
      ['no exp: nothing', plain(), { jwt: { alg: 'RS256' } }, undefined],
    ],
  );

  it('reports both when both hold', () => {
    const rules = found(['jwt-expired', 'jwt-alg-none'], plain(), {
      jwt: { alg: 'none', exp: nowSeconds - 1 },
    });
    expect(rules).toEqual([
      ['jwt-alg-none', 'warning'],
      ['jwt-expired', 'info'],
    ]);
  });
});

describe('auditCookie: every finding', () => {
  it('says nothing about a well-set cookie', () => {
    const cookie = plain({ name: '__Host-sid', httpOnly: true, sameSite: 'lax' });
    expect(auditCookie(cookie, { now, pageUrl: httpsPage })).toEqual([]);
  });

  it('gives one-line reasons that quote the name, and a source for each', () => {
    const cookie = plain({
      name: 'sessionid',
      secure: false,
      sameSite: 'no_restriction',
      domain: 'www.a.test',
    });
    const findings = auditCookie(cookie, { now, pageUrl: httpsPage });
    expect(findings.map((f) => f.rule)).toEqual([
      'samesite-none-insecure',
      'secure-missing',
      'httponly-missing',
    ]);
    for (const finding of findings) {
      expect(finding.reason).toContain('"sessionid"');
      expect(finding.reason).not.toContain('\n');
      expect(finding.source).not.toBe('');
    }
  });

  it('isolates a name with bidi controls, so it cannot reverse the reason around it', () => {
    const [finding] = auditCookie(plain({ name: 'a\u202Esid', sameSite: 'unspecified' }), { now });
    expect(finding?.reason.startsWith('"\u2068a\u202Esid\u2069"')).toBe(true);
  });
});

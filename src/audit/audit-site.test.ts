import { afterEach, describe, expect, it } from 'vitest';
import type { Cookie } from '../cookies/cookie';
import { pageContext } from '../cookies/page-context';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import { useMessages } from '../i18n/testing/use-messages';
import type { AuditSeverity, RuleId } from './audit-finding';
import {
  auditSite,
  cookieHeaderLimitBytes,
  formatBytes,
  type SiteAuditContext,
} from './audit-site';

const now = Date.UTC(2026, 11, 2, 12, 0, 0);
const pageUrl = 'https://www.a.test/';

/** Cookies no per-cookie rule speaks of: Secure, Lax, short. */
const many = (n: number, overrides: Partial<Cookie> = {}) =>
  Array.from({ length: n }, (_, i) =>
    testCookie({ name: `c${i}`, value: 'v', domain: 'www.a.test', secure: true, ...overrides }),
  );

/** One cookie whose `Cookie: v=…` line is exactly `bytes` long. */
const headerOf = (bytes: number) => [
  testCookie({
    name: 'v',
    value: 'x'.repeat(bytes - 'Cookie: v='.length),
    domain: 'www.a.test',
    secure: true,
  }),
];

type Row = [
  what: string,
  cookies: Cookie[],
  context: Partial<SiteAuditContext>,
  expected?: [RuleId, AuditSeverity],
];

function siteFindings(rule: RuleId, cookies: Cookie[], context: Partial<SiteAuditContext>) {
  return auditSite(cookies, { now, ...context })
    .findings.filter((f) => f.rule === rule)
    .map((f) => [f.rule, f.severity]);
}

describe('site-cookie-count: against Chromium’s 180 a site', () => {
  const siteOf = () => 'a.test';
  it.each<Row>([
    ['no cookies', [], {}],
    ['161: nothing', many(161), {}],
    ['162: near', many(162), {}, ['site-cookie-count', 'info']],
    ['179: near', many(179), {}, ['site-cookie-count', 'info']],
    ['180: full', many(180), {}, ['site-cookie-count', 'warning']],
    ['190: over', many(190), {}, ['site-cookie-count', 'warning']],
    [
      'per cookie domain without siteOf: 100 + 100 on two hosts is nothing',
      [...many(100), ...many(100, { domain: 'shop.a.test' })],
      {},
    ],
    [
      'the same, grouped by the caller’s site: full',
      [...many(100), ...many(100, { domain: 'shop.a.test' })],
      { siteOf },
      ['site-cookie-count', 'warning'],
    ],
    [
      'a leading dot and case are the same domain',
      [...many(90, { domain: '.WWW.a.test', hostOnly: false }), ...many(90)],
      {},
      ['site-cookie-count', 'warning'],
    ],
  ])('%s', (_, cookies, context, expected) => {
    expect(siteFindings('site-cookie-count', cookies, context)).toEqual(expected ? [expected] : []);
  });

  it('names the fullest site and its count', () => {
    const audit = auditSite([...many(3), ...many(181, { domain: 'b.test' })], { now });
    expect(audit.fullestSite).toEqual({ site: 'b.test', count: 181 });
    expect(audit.findings[0]?.reason).toBe(
      'b.test has 181 cookies; Chromium keeps 180 a site and evicts the least recently used down to 150.',
    );
  });
});

describe('cookie-header-size: the page’s Cookie header against 8 KB', () => {
  const near = Math.ceil(cookieHeaderLimitBytes * 0.9);
  it.each<Row>([
    ['no page: nothing', headerOf(9000), {}],
    ['small', headerOf(100), { pageUrl }],
    ['just below near', headerOf(near - 1), { pageUrl }],
    ['near', headerOf(near), { pageUrl }, ['cookie-header-size', 'info']],
    ['exactly 8190', headerOf(cookieHeaderLimitBytes), { pageUrl }, ['cookie-header-size', 'info']],
    [
      '8191: over',
      headerOf(cookieHeaderLimitBytes + 1),
      { pageUrl },
      ['cookie-header-size', 'warning'],
    ],
    [
      'cookies not sent to the page do not count (another path)',
      headerOf(9000).map((c) => ({ ...c, path: '/admin' })),
      { pageUrl },
    ],
    ['nor Secure ones on an http page', headerOf(9000), { pageUrl: 'http://www.a.test/' }],
    [
      'nor expired ones',
      headerOf(9000).map((c) => ({ ...c, session: false, expirationDate: now / 1000 - 1 })),
      { pageUrl },
    ],
    [
      'three cookies of 3 KB add up, with their "; "',
      [1, 2, 3].map((i) =>
        testCookie({ name: `c${i}`, value: 'x'.repeat(3000), domain: 'www.a.test', secure: true }),
      ),
      { pageUrl },
      ['cookie-header-size', 'warning'],
    ],
  ])('%s', (_, cookies, context, expected) => {
    expect(siteFindings('cookie-header-size', cookies, context)).toEqual(
      expected ? [expected] : [],
    );
  });

  it('measures the header line as sent: "Cookie: a=1; b=22", longer paths first', () => {
    const cookies = [
      testCookie({ name: 'a', value: '1', domain: 'www.a.test' }),
      testCookie({ name: 'b', value: '22', domain: 'www.a.test', path: '/app' }),
    ];
    const audit = auditSite(cookies, { now, pageUrl: 'https://www.a.test/app/x' });
    expect(audit.cookieHeaderBytes).toBe('Cookie: b=22; a=1'.length);
  });

  it('counts UTF-8 bytes', () => {
    const cookies = [testCookie({ name: 'é', value: 'é', domain: 'www.a.test' })];
    expect(auditSite(cookies, { now, pageUrl }).cookieHeaderBytes).toBe('Cookie: ='.length + 4);
  });

  it('is 0 when the page is sent no cookie', () => {
    expect(auditSite(many(2, { domain: 'b.test' }), { now, pageUrl }).cookieHeaderBytes).toBe(0);
  });

  it('takes the page as the popup knows it: a cross-site frame gets no Lax cookies', () => {
    const cookies = headerOf(9000).map((c) => ({ ...c, domain: 'b.test' }));
    const frame = pageContext('https://b.test/frame', 'b.test', 'https://a.test');
    expect(auditSite(cookies, { now, pageUrl: frame.url, page: frame }).cookieHeaderBytes).toBe(0);
    expect(auditSite(cookies, { now, pageUrl: frame.url }).cookieHeaderBytes).toBe(9000);
  });
});

describe('auditSite: totals and the summary line', () => {
  it.each<[string, Cookie[], Partial<SiteAuditContext>, string]>([
    ['nothing', [], {}, 'No warnings · 0 cookies'],
    ['one clean cookie, no page', many(1), {}, 'No warnings · 1 cookie'],
    // "Cookie: " + c0=v … c41=v (10 × 4 + 32 × 5 bytes) + 41 "; " = 8 + 200 + 82 bytes.
    [
      'with a page',
      many(42),
      { pageUrl },
      'No warnings · 42 cookies · Cookie header 290 B of 8 KB',
    ],
    [
      'warnings of cookies and of the site add up',
      [...many(180), testCookie({ name: 'sessionid', domain: 'x.test', secure: true })],
      {},
      '2 warnings · 181 cookies',
    ],
    [
      'a big header in KB',
      headerOf(2150),
      { pageUrl },
      'No warnings · 1 cookie · Cookie header 2.1 KB of 8 KB',
    ],
  ])('%s', (_, cookies, context, summary) => {
    expect(auditSite(cookies, { now, ...context }).summary).toBe(summary);
  });

  it('counts infos apart from warnings', () => {
    const cookies = [testCookie({ name: 'x', sameSite: 'unspecified', secure: true })];
    const audit = auditSite(cookies, { now });
    expect([audit.warnings, audit.infos]).toEqual([0, 1]);
  });

  it('uses the caller’s findings instead of auditing again', () => {
    const cookies = many(5);
    const audit = auditSite(cookies, {
      now,
      cookieFindings: () => [
        { rule: 'jwt-alg-none', severity: 'warning', reason: 'r', source: 's' },
      ],
    });
    expect(audit.warnings).toBe(5);
  });
});

describe('formatBytes', () => {
  it.each<[number, string]>([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1 KB'],
    [2150, '2.1 KB'],
    [8190, '8 KB'],
    [16384, '16 KB'],
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('in German', () => {
  afterEach(() => useMessages('en'));

  it('says sizes with a decimal comma and counts in German words', () => {
    useMessages('de');
    expect(formatBytes(2150)).toBe('2,1 KB');
    const audit = auditSite([], { now: 0 });
    expect(audit.summary).toBe('Keine Warnungen · 0 Cookies');
  });
});

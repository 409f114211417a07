import { describe, expect, it } from 'vitest';
import type { CookieDraft } from './cookie';
import { publicSuffixRules } from './cookie-site';
import { testCookie } from './testing/fake-cookie-store';
import {
  blockingIssues,
  type CookieField,
  type IssueSeverity,
  validateCookie,
} from './validate-cookie';

const nowSeconds = 1_800_000_000;
const day = 24 * 3600;

function draft(overrides: Partial<CookieDraft> = {}): CookieDraft {
  return {
    name: 'sid',
    value: 'abc',
    domain: 'a.test',
    hostOnly: true,
    path: '/',
    secure: false,
    httpOnly: false,
    sameSite: 'lax',
    storeId: '0',
    ...overrides,
  };
}

const issuesOf = (d: CookieDraft) =>
  validateCookie(d, { nowSeconds, hostRules: publicSuffixRules }).map(
    (i) => [i.field, i.severity] as const,
  );

describe('validateCookie accepts what the browser accepts', () => {
  it.each<[string, Partial<CookieDraft>]>([
    ['a plain cookie', {}],
    ['a value with quotes, commas, backslashes and =', { value: '"a,b\\c=d"' }],
    ['a non-ASCII value', { value: 'caf\u00e9 \u{1F36A}'.replace(' ', '') }],
    ['an empty value', { value: '' }],
    ['an empty name with a value', { name: '', value: 'x' }],
    ['a domain cookie on a registrable domain', { domain: 'a.test', hostOnly: false }],
    ['a leading dot in the domain', { domain: '.a.test', hostOnly: false }],
    ['SameSite=None with Secure', { sameSite: 'no_restriction', secure: true }],
    ['__Secure- with Secure', { name: '__Secure-id', secure: true }],
    ['__Host- done right', { name: '__Host-id', secure: true, path: '/', hostOnly: true }],
    [
      'a partitioned Secure cookie',
      { secure: true, partitionKey: { topLevelSite: 'https://b.test' } },
    ],
    ['an expiry tomorrow', { expirationDate: nowSeconds + day }],
    ['host-only on localhost', { domain: 'localhost' }],
    ['exactly 4096 bytes', { name: 'n', value: 'v'.repeat(4095) }],
  ])('%s', (_label, overrides) => {
    expect(issuesOf(draft(overrides))).toEqual([]);
  });
});

describe('validateCookie names the field and the rule', () => {
  it.each<[string, Partial<CookieDraft>, CookieField, IssueSeverity, RegExp]>([
    ['control char in name', { name: 'a\u0001b' }, 'name', 'error', /control characters/],
    ['tab in name', { name: 'a\tb' }, 'name', 'error', /control characters/],
    ['; in name', { name: 'a;b' }, 'name', 'error', /";"/],
    ['= in name', { name: 'a=b' }, 'name', 'error', /"="/],
    ['leading space in name', { name: ' sid' }, 'name', 'error', /whitespace/],
    ['empty name and value', { name: '', value: '' }, 'name', 'error', /name or a value/],
    [
      'empty name, __Secure- value',
      { name: '', value: '__Secure-x' },
      'name',
      'error',
      /__Secure-/,
    ],
    ['empty name, __host- value', { name: '', value: '__host-x' }, 'name', 'error', /__Host-/],
    ['; in value', { value: 'a;b' }, 'value', 'error', /";"/],
    ['lone surrogate in name', { name: 'a\uDC00' }, 'name', 'error', /broken character/],
    ['lone surrogate in value', { value: '\uD83Dx' }, 'value', 'error', /broken character/],
    ['lone surrogate in path', { path: '/a\uD800' }, 'path', 'error', /broken character/],
    ['control char in value', { value: 'a\nb' }, 'value', 'error', /control characters/],
    ['trailing space in value', { value: 'abc ' }, 'value', 'error', /whitespace/],
    ['4,097 bytes', { name: 'n', value: 'v'.repeat(4096) }, 'value', 'error', /4,097 bytes.*4,096/],
    [
      '4,097 bytes in UTF-8',
      { name: 'n', value: '\u00e9'.repeat(2048) },
      'value',
      'error',
      /4,097 bytes/,
    ],
    ['empty domain', { domain: '' }, 'domain', 'error', /empty/],
    ['non-ASCII domain', { domain: 'b\u00fccher.de' }, 'domain', 'error', /punycode/],
    ['% in domain', { domain: 'a%2e.test' }, 'domain', 'error', /%/],
    ['space in domain', { domain: 'a test' }, 'domain', 'error', /valid host/],
    [
      'domain cookie on a public suffix',
      { domain: 'github.io', hostOnly: false },
      'domain',
      'error',
      /public suffix/,
    ],
    [
      'domain cookie on com',
      { domain: 'com', hostOnly: false },
      'domain',
      'error',
      /public suffix/,
    ],
    [
      'domain cookie on localhost',
      { domain: 'localhost', hostOnly: false },
      'domain',
      'error',
      /host-only/,
    ],
    [
      'domain over 1024 bytes',
      { domain: `${'a'.repeat(1025)}.test` },
      'domain',
      'error',
      /1,024 bytes/,
    ],
    ['path without /', { path: 'app' }, 'path', 'error', /start with "\/"/],
    ['path over 1024 bytes', { path: `/${'p'.repeat(1024)}` }, 'path', 'error', /1,024 bytes/],
    [
      '__Secure- without Secure',
      { name: '__Secure-id' },
      'secure',
      'error',
      /__Secure- cookie must be Secure/,
    ],
    ['__SECURE- without Secure', { name: '__SECURE-id' }, 'secure', 'error', /Secure/],
    [
      '__Host- with a domain',
      { name: '__Host-id', secure: true, hostOnly: false },
      'domain',
      'error',
      /__Host- cookie must be host-only/,
    ],
    [
      '__Host- on a path',
      { name: '__Host-id', secure: true, path: '/app' },
      'path',
      'error',
      /path "\/"/,
    ],
    [
      '__Host- without Secure',
      { name: '__Host-id' },
      'secure',
      'error',
      /__Host- cookie must be Secure/,
    ],
    [
      'SameSite=None without Secure',
      { sameSite: 'no_restriction' },
      'sameSite',
      'error',
      /requires the Secure/,
    ],
    [
      'partitioned without Secure',
      { partitionKey: { topLevelSite: 'https://b.test' } },
      'partitionKey',
      'error',
      /must be Secure/,
    ],
    [
      'partition that is not a site',
      { secure: true, partitionKey: { topLevelSite: 'b.test' } },
      'partitionKey',
      'error',
      /top-level site/,
    ],
    [
      'partition with a path',
      { secure: true, partitionKey: { topLevelSite: 'https://b.test/x' } },
      'partitionKey',
      'error',
      /top-level site/,
    ],
    [
      'expiry in the past',
      { expirationDate: nowSeconds - 1 },
      'expirationDate',
      'error',
      /in the past/,
    ],
    [
      'expiry not a number',
      { expirationDate: Number.NaN },
      'expirationDate',
      'error',
      /not a date/,
    ],
    [
      'expiry beyond 400 days',
      { expirationDate: nowSeconds + 500 * day },
      'expirationDate',
      'note',
      /400 days/,
    ],
  ])('%s → %s %s', (_label, overrides, field, severity, message) => {
    const issues = validateCookie(draft(overrides), { nowSeconds, hostRules: publicSuffixRules });
    const issue = issues.find((i) => i.field === field && i.severity === severity);
    expect(issue?.message).toMatch(message);
  });

  it('asks for confirmation before writing back a value the browser could not decode', () => {
    const original = testCookie({ value: 'x\uFFFDy' });
    const issues = validateCookie(draft({ value: 'x\uFFFDy' }), {
      nowSeconds,
      original,
      hostRules: publicSuffixRules,
    });
    expect(issues).toMatchObject([{ field: 'value', severity: 'confirm' }]);
    expect(blockingIssues(issues, false)).toHaveLength(1);
    expect(blockingIssues(issues, true)).toHaveLength(0);
    // A new value typed by the user is the user's choice: nothing to confirm.
    expect(
      validateCookie(draft({ value: 'clean' }), {
        nowSeconds,
        original,
        hostRules: publicSuffixRules,
      }),
    ).toEqual([]);
  });

  it('never blocks on a note', () => {
    const issues = validateCookie(draft({ expirationDate: nowSeconds + 500 * day }), {
      nowSeconds,
      hostRules: publicSuffixRules,
    });
    expect(blockingIssues(issues, false)).toEqual([]);
  });
});

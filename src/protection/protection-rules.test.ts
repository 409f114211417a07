import { describe, expect, it } from 'vitest';
import type { Cookie } from '../cookies/cookie';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import { blockPatternText, parseBlockPattern } from './block-pattern';
import {
  addBlockRule,
  blockOf,
  emptyRules,
  maxRulesOfEachKind,
  protectCookie,
  protectedAmong,
  protectionOf,
  readProtectionRules,
  removeBlockRule,
  storedRules,
  unprotectCookie,
} from './protection-rules';

const nowMs = 1_800_000_000_000;
const partition = { topLevelSite: 'https://top.test', hasCrossSiteAncestor: true };
const sid = testCookie({ name: 'sid', value: 'alice', domain: '.a.test', hostOnly: false });

describe('block patterns', () => {
  const cases: [string, string | undefined, string[], string[]][] = [
    ['a.test', 'a.test', ['a.test', '.a.test', 'A.TEST'], ['www.a.test', 'b.test', 'xa.test']],
    [
      '*.a.test',
      '*.a.test',
      ['a.test', '.a.test', 'www.a.test', '.x.y.a.test'],
      ['xa.test', 'b.test'],
    ],
    ['.a.test', '*.a.test', ['www.a.test'], ['xa.test']],
    [' Example.COM ', 'example.com', ['example.com'], ['www.example.com']],
    ['', undefined, [], []],
    ['*.', undefined, [], []],
    ['a..test', undefined, [], []],
    ['ex ample.com', undefined, [], []],
    ['*.a.*.test', undefined, [], []],
    ['bücher.test', undefined, [], []],
  ];
  it.each(cases)('%j reads as %j', (text, shown, matching, other) => {
    const read = parseBlockPattern(text);
    if (shown === undefined) {
      expect(read.ok).toBe(false);
      return;
    }
    if (!read.ok) throw new Error(read.error);
    expect(blockPatternText(read.pattern)).toBe(shown);
    const rules = addBlockRule(emptyRules(), { name: 'ad', pattern: read.pattern }, nowMs);
    const matches = (domain: string) =>
      blockOf(rules, testCookie({ name: 'ad', domain })) !== undefined;
    expect(matching.filter((d) => !matches(d))).toEqual([]);
    expect(other.filter(matches)).toEqual([]);
  });

  it('blocks by exact name, and in one store when it names one', () => {
    const pattern = { host: 'a.test', subdomains: false };
    const rules = addBlockRule(emptyRules(), { name: 'ad', pattern, storeId: '1' }, nowMs);
    expect(blockOf(rules, testCookie({ name: 'AD', storeId: '1' }))).toBeUndefined();
    expect(blockOf(rules, testCookie({ name: 'ad', storeId: '0' }))).toBeUndefined();
    expect(blockOf(rules, testCookie({ name: 'ad', storeId: '1' }))).toBeDefined();
  });
});

describe('protect rules', () => {
  const cases: [string, Cookie, boolean][] = [
    ['the cookie itself, with another value', { ...sid, value: 'bob' }, true],
    ['the same name on another path', { ...sid, path: '/app' }, false],
    ['the host-only cookie of the host', { ...sid, domain: 'a.test', hostOnly: true }, false],
    [
      'the partitioned cookie of that name',
      { ...sid, secure: true, partitionKey: partition },
      false,
    ],
    ['the same cookie in another store', { ...sid, storeId: '1' }, false],
  ];
  it.each(cases)('protecting a cookie covers %s: %s', (_, other, covered) => {
    const rules = protectCookie(emptyRules(), sid, nowMs);
    expect(protectionOf(rules, other) !== undefined).toBe(covered);
  });

  it('keeps one rule an identity, with the latest state; unprotect removes it', () => {
    let rules = protectCookie(emptyRules(), sid, nowMs);
    rules = protectCookie(rules, { ...sid, value: 'new' }, nowMs + 1);
    expect(rules.protect).toEqual([{ cookie: { ...sid, value: 'new' }, since: nowMs + 1 }]);
    expect(unprotectCookie(rules, sid).protect).toEqual([]);
  });

  it('finds the protected cookies a planned action would change', () => {
    const theme = testCookie({ name: 'theme' });
    const rules = protectCookie(protectCookie(emptyRules(), sid, nowMs), theme, nowMs);
    const changes = [
      { before: { ...sid, value: 'bob' }, after: sid },
      { before: testCookie({ name: 'cart' }) },
      { after: { ...theme, path: '/app' } },
    ];
    expect(protectedAmong(rules, changes).map((r) => r.cookie.name)).toEqual(['sid']);
  });

  it('adds a block rule once and removes it', () => {
    const rule = { name: 'ad', pattern: { host: 'a.test', subdomains: true } };
    const rules = addBlockRule(addBlockRule(emptyRules(), rule, nowMs), rule, nowMs + 5);
    expect(rules.block).toEqual([{ ...rule, since: nowMs }]);
    expect(removeBlockRule(rules, rule).block).toEqual([]);
  });
});

describe('stored rules', () => {
  const rules = addBlockRule(
    protectCookie(
      protectCookie(emptyRules(), sid, nowMs),
      { ...sid, secure: true, partitionKey: partition },
      nowMs,
    ),
    { name: 'ad', pattern: { host: 'a.test', subdomains: true }, storeId: '0' },
    nowMs,
  );
  const stored = () => JSON.parse(JSON.stringify(storedRules(rules))) as Record<string, unknown>;

  it('are versioned and read back as they were', () => {
    expect(stored()).toMatchObject({
      version: 1,
      block: [{ name: 'ad', domain: '*.a.test', storeId: '0' }],
    });
    expect(readProtectionRules(stored())).toEqual({ rules, problems: [], newer: false });
  });

  it('read nothing, without complaint, when none were saved', () => {
    expect(readProtectionRules(undefined)).toEqual({
      rules: emptyRules(),
      problems: [],
      newer: false,
    });
  });

  const broken: [string, (data: Record<string, unknown>) => unknown, RegExp, number, number][] = [
    ['not an object', () => 'rules', /were not rules/, 0, 0],
    ['no version', (d) => ({ ...d, version: undefined }), /no valid version/, 0, 0],
    [
      'protect not a list',
      (d) => ({ ...d, protect: {} }),
      /protected cookies were not a list/,
      0,
      1,
    ],
    [
      'a protected cookie with a field missing',
      (d) => {
        const [first] = d.protect as { cookie: Record<string, unknown> }[];
        if (first) delete first.cookie.path;
        return d;
      },
      /Protected cookie 1 has no path/,
      1,
      1,
    ],
    [
      'a protected cookie without time',
      (d) => ({ ...d, protect: [{ cookie: sid }] }),
      /has no time/,
      0,
      1,
    ],
    [
      'a block rule with a bad domain',
      (d) => ({ ...d, block: [{ name: 'x', domain: 'a b', since: 1 }] }),
      /valid domain/,
      2,
      0,
    ],
    [
      'a block rule without a name',
      (d) => ({ ...d, block: [{ domain: 'a.test', since: 1 }] }),
      /has no name/,
      2,
      0,
    ],
    [
      'a repeated protected cookie',
      (d) => ({ ...d, protect: [...(d.protect as []), ...(d.protect as [])] }),
      /^$/,
      2,
      1,
    ],
    [
      'too many rules',
      (d) => ({
        ...d,
        protect: Array.from({ length: maxRulesOfEachKind + 1 }, () => ({ cookie: sid, since: 1 })),
      }),
      /Only the first 1,000 protected cookies/,
      1,
      1,
    ],
  ];
  it.each(broken)(
    'drop what is broken and keep the rest: %s',
    (_, change, problem, protect, block) => {
      const read = readProtectionRules(change(stored()));
      expect(read.problems.join(' ')).toMatch(problem);
      expect([read.rules.protect.length, read.rules.block.length]).toEqual([protect, block]);
      expect(read.newer).toBe(false);
    },
  );

  it('are left alone when a newer version saved them', () => {
    const read = readProtectionRules({ ...stored(), version: 2 });
    expect(read).toMatchObject({ newer: true, rules: emptyRules() });
    expect(read.problems).toEqual([expect.stringMatching(/newer version/)]);
  });
});

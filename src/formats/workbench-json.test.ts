import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cookie, draftFromCookie } from '../cookies/cookie';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import type { ImportEntry, ImportParse } from './import-entry';
import { validCookies } from './testing/cookie-arbitraries';
import {
  exportWorkbenchJson,
  liveSessionWarning,
  parseWorkbenchJson,
  type WorkbenchJsonShape,
} from './workbench-json';

const exportedAt = new Date('2027-01-02T03:04:05.678Z');
const persistent = testCookie({
  name: 'sid',
  domain: '.a.test',
  hostOnly: false,
  secure: true,
  sameSite: 'no_restriction',
  session: false,
  expirationDate: 1_800_000_123.456789,
  partitionKey: { topLevelSite: 'https://b.test', hasCrossSiteAncestor: true },
});
const session = testCookie({ name: 'tmp', httpOnly: true, sameSite: 'unspecified' });

const drafts = (parse: ImportParse) =>
  parse.ok ? parse.entries.map((e: ImportEntry) => (e.ok ? e.draft : e.reason)) : parse.error;

describe('exportWorkbenchJson', () => {
  it('writes the versioned envelope with the warning and every attribute', () => {
    const data = JSON.parse(
      exportWorkbenchJson([persistent, session], { shape: 'envelope', exportedAt }),
    );
    expect(data).toEqual({
      format: 'cookie-workbench',
      version: 1,
      exportedAt: '2027-01-02T03:04:05.678Z',
      warning: liveSessionWarning,
      cookies: [
        {
          domain: '.a.test',
          expirationDate: 1_800_000_123.456789,
          hostOnly: false,
          httpOnly: false,
          name: 'sid',
          path: '/',
          sameSite: 'no_restriction',
          secure: true,
          session: false,
          storeId: '0',
          value: 'abc',
          partitionKey: { topLevelSite: 'https://b.test', hasCrossSiteAncestor: true },
        },
        {
          domain: 'a.test',
          hostOnly: true,
          httpOnly: true,
          name: 'tmp',
          path: '/',
          sameSite: 'unspecified',
          secure: false,
          session: true,
          storeId: '0',
          value: 'abc',
        },
      ],
    });
  });

  it('writes a plain array for Cookie-Editor, which imports nothing but a top-level array', () => {
    const data = JSON.parse(exportWorkbenchJson([persistent, session], { shape: 'array' }));
    expect(Array.isArray(data)).toBe(true);
    for (const cookie of data) {
      for (const field of ['name', 'value', 'domain', 'path', 'secure', 'httpOnly', 'sameSite']) {
        expect(cookie).toHaveProperty(field);
      }
      expect(Object.keys(cookie)).toEqual(
        expect.arrayContaining(['hostOnly', 'session', 'storeId']),
      );
    }
  });

  it.each<[string, Partial<Cookie>, string]>([
    ['a leading dot for a domain cookie', { domain: 'a.test', hostOnly: false }, '.a.test'],
    ['no dot for a host-only cookie', { domain: 'a.test', hostOnly: true }, 'a.test'],
  ])('writes the domain in the cookies API form: %s', (_label, overrides, domain) => {
    const [cookie] = JSON.parse(exportWorkbenchJson([testCookie(overrides)], { shape: 'array' }));
    expect(cookie.domain).toBe(domain);
  });

  it('drops a stray expiry of a session cookie', () => {
    const stray = testCookie({ session: true, expirationDate: 1_900_000_000 });
    const [cookie] = JSON.parse(exportWorkbenchJson([stray], { shape: 'array' }));
    expect(cookie).not.toHaveProperty('expirationDate');
    expect(cookie.session).toBe(true);
  });
});

describe('parseWorkbenchJson', () => {
  it.each<[string, string, RegExp]>([
    ['invalid JSON', '{"format": "cookie-workbench",', /^Not valid JSON/],
    ['a newer version', '{"format":"cookie-workbench","version":2,"cookies":[]}', /version 2/],
    [
      'a version that is not a number',
      '{"format":"cookie-workbench","version":"1"}',
      /no valid version \("1"\)/,
    ],
    ['no version', '{"format":"cookie-workbench","cookies":[]}', /no valid version/],
    ['an envelope without cookies', '{"format":"cookie-workbench","version":1}', /not a list/],
    ['a bare string', '"cookies"', /not a list of cookies/],
  ])('refuses %s with a message', (_label, text, message) => {
    const parse = parseWorkbenchJson(text, { storeId: '0' });
    expect(parse.ok).toBe(false);
    expect(parse.ok ? '' : parse.error).toMatch(message);
  });

  it('reads the envelope back with fractions and partitions intact', () => {
    const text = exportWorkbenchJson([persistent, session], { shape: 'envelope', exportedAt });
    expect(drafts(parseWorkbenchJson(text, { storeId: '0' }))).toEqual([
      draftFromCookie(persistent),
      draftFromCookie(session),
    ]);
  });

  it('keeps Firefox\'s first party of an isolated cookie, and writes none for ""', () => {
    const isolated = { ...session, storeId: 'firefox-default', firstPartyDomain: 'a.test' };
    const plain = { ...session, name: 'plain', storeId: 'firefox-default', firstPartyDomain: '' };
    const text = exportWorkbenchJson([isolated, plain], { shape: 'array' });
    expect(JSON.parse(text)[0].firstPartyDomain).toBe('a.test');
    expect(JSON.parse(text)[1]).not.toHaveProperty('firstPartyDomain');
    const [first, second] = drafts(parseWorkbenchJson(text, { storeId: 'firefox-default' }));
    expect(first).toEqual(draftFromCookie(isolated));
    expect(second).not.toHaveProperty('firstPartyDomain');
  });

  it.each<WorkbenchJsonShape['shape']>(['envelope', 'array'])(
    'round-trips any valid cookies through the %s shape',
    (shape) => {
      fc.assert(
        fc.property(validCookies({ tabs: true }), (cookies) => {
          const options: WorkbenchJsonShape =
            shape === 'envelope' ? { shape, exportedAt } : { shape };
          const storeId = cookies[0]?.storeId ?? '0';
          const parse = parseWorkbenchJson(exportWorkbenchJson(cookies, options), { storeId });
          expect(drafts(parse)).toEqual(cookies.map(draftFromCookie));
          expect(parse.ok && parse.entries.every((e) => e.ok && e.issues.length === 0)).toBe(true);
        }),
      );
    },
  );

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .jsonValue()
            .map((v) => JSON.stringify({ format: 'cookie-workbench', version: 1, cookies: v })),
        ),
        (text) => {
          parseWorkbenchJson(text, { storeId: '0' });
        },
      ),
    );
  });
});

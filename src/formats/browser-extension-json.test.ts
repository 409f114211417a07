import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CookieDraft, draftFromCookie, type SameSite } from '../cookies/cookie';
import { cookieFromJson, parseBrowserExtensionJson } from './browser-extension-json';
import type { ImportEntry } from './import-entry';
import { validCookies } from './testing/cookie-arbitraries';

const target = { storeId: '0' };

function draftOf(entry: ImportEntry): CookieDraft {
  if (!entry.ok) throw new Error(`rejected: ${entry.reason}`);
  return entry.draft;
}
const notesOf = (entry: ImportEntry) => (entry.ok ? entry.issues.map((i) => i.message) : []);
const base = { name: 'sid', value: 'abc', domain: 'a.test', path: '/' };

// As Cookie-Editor exports from Firefox (storeId kept) and from Chrome (storeId null):
// `sameSite: null` for unspecified (interface/lib/jsonFormat.js).
const cookieEditorExport = `[
{
    "domain": ".github.com",
    "expirationDate": 1798761600.123456,
    "hostOnly": false,
    "httpOnly": false,
    "name": "_octo",
    "path": "/",
    "sameSite": "no_restriction",
    "secure": true,
    "session": false,
    "storeId": "firefox-container-3",
    "value": "GH1.1.123.456"
},
{
    "domain": "github.com",
    "hostOnly": true,
    "httpOnly": true,
    "name": "_gh_sess",
    "path": "/",
    "sameSite": "unspecified",
    "secure": true,
    "session": true,
    "storeId": null,
    "value": "abc%3D%3D"
},
{
    "domain": "github.com",
    "expirationDate": null,
    "hostOnly": true,
    "httpOnly": false,
    "name": "tz",
    "path": "/",
    "sameSite": null,
    "secure": false,
    "session": true,
    "storeId": "firefox-default",
    "value": "Europe%2FBerlin"
}
]`;

// EditThisCookie numbers its cookies with `id`.
const editThisCookieExport = `[
{ "domain": ".a.test", "expirationDate": 1798761600, "hostOnly": false, "httpOnly": true,
  "name": "pref", "path": "/", "sameSite": "lax", "secure": false, "session": false,
  "storeId": "0", "value": "x=1", "id": 1 }
]`;

// Playwright's storageState: `expires: -1` for a session cookie, capitalised SameSite.
const playwrightState = `{ "cookies": [
  { "name": "s", "value": "1", "domain": "a.test", "path": "/", "expires": -1,
    "httpOnly": false, "secure": true, "sameSite": "None" },
  { "name": "p", "value": "2", "domain": ".a.test", "path": "/x", "expires": 1798761600.5,
    "httpOnly": true, "secure": false, "sameSite": "Strict" }
], "origins": [] }`;

describe('parseBrowserExtensionJson reads other extensions’ exports', () => {
  it('reads a Cookie-Editor export with null and Firefox store ids', () => {
    const parse = parseBrowserExtensionJson(cookieEditorExport, { storeId: '1' });
    if (!parse.ok) throw new Error(parse.error);
    expect(parse.entries.map(draftOf)).toEqual([
      {
        name: '_octo',
        value: 'GH1.1.123.456',
        domain: 'github.com',
        hostOnly: false,
        path: '/',
        secure: true,
        httpOnly: false,
        sameSite: 'no_restriction',
        expirationDate: 1798761600.123456,
        storeId: '1',
      },
      {
        name: '_gh_sess',
        value: 'abc%3D%3D',
        domain: 'github.com',
        hostOnly: true,
        path: '/',
        secure: true,
        httpOnly: true,
        sameSite: 'unspecified',
        storeId: '1',
      },
      {
        name: 'tz',
        value: 'Europe%2FBerlin',
        domain: 'github.com',
        hostOnly: true,
        path: '/',
        secure: false,
        httpOnly: false,
        sameSite: 'unspecified',
        storeId: '1',
      },
    ]);
    expect(parse.entries.map(notesOf)).toEqual([
      ['From store "firefox-container-3": imported into "1".'],
      [],
      ['From store "firefox-default": imported into "1".'],
    ]);
  });

  it('reads an EditThisCookie export, ignoring its ids', () => {
    const parse = parseBrowserExtensionJson(editThisCookieExport, target);
    expect(parse.ok && parse.entries.map(draftOf)).toEqual([
      {
        name: 'pref',
        value: 'x=1',
        domain: 'a.test',
        hostOnly: false,
        path: '/',
        secure: false,
        httpOnly: true,
        sameSite: 'lax',
        expirationDate: 1798761600,
        storeId: '0',
      },
    ]);
  });

  it('reads a Playwright storageState', () => {
    const parse = parseBrowserExtensionJson(playwrightState, target);
    const [session, persistent] = parse.ok ? parse.entries.map(draftOf) : [];
    expect(session).toMatchObject({ sameSite: 'no_restriction', hostOnly: true });
    expect(session).not.toHaveProperty('expirationDate');
    expect(persistent).toMatchObject({
      sameSite: 'strict',
      hostOnly: false,
      domain: 'a.test',
      expirationDate: 1798761600.5,
    });
  });
});

describe('cookieFromJson maps every spelling instead of refusing it', () => {
  it.each<[unknown, SameSite]>([
    ['no_restriction', 'no_restriction'],
    ['unspecified', 'unspecified'],
    ['lax', 'lax'],
    ['strict', 'strict'],
    ['None', 'no_restriction'],
    ['Lax', 'lax'],
    ['Strict', 'strict'],
    ['NONE', 'no_restriction'],
    [null, 'unspecified'],
    [undefined, 'unspecified'],
    ['', 'unspecified'],
    ['sometimes', 'unspecified'],
    [3, 'unspecified'],
  ])('sameSite %j → %s', (sameSite, expected) => {
    expect(draftOf(cookieFromJson({ ...base, sameSite }, target)).sameSite).toBe(expected);
  });

  it.each<[string, Record<string, unknown>, number | undefined]>([
    ['no expirationDate', {}, undefined],
    ['expirationDate null', { expirationDate: null }, undefined],
    ['an empty expirationDate', { expirationDate: '' }, undefined],
    ['a fractional expirationDate', { expirationDate: 1798761600.75 }, 1798761600.75],
    ['an expiry written as text', { expirationDate: '1798761600' }, 1798761600],
    ['session true despite an expiry', { session: true, expirationDate: 1798761600 }, undefined],
    ['session false without an expiry', { session: false }, undefined],
    ['Playwright’s expires -1', { expires: -1 }, undefined],
    ['Playwright’s expires', { expires: 1798761600 }, 1798761600],
    ['an expiry of 0', { expirationDate: 0 }, undefined],
  ])('expiry: %s', (_label, fields, expected) => {
    expect(draftOf(cookieFromJson({ ...base, ...fields }, target)).expirationDate).toBe(expected);
  });

  it.each<[string, Record<string, unknown>, string, boolean]>([
    ['a dot and no hostOnly', { domain: '.a.test' }, 'a.test', false],
    ['no dot and no hostOnly', { domain: 'a.test' }, 'a.test', true],
    ['hostOnly false without a dot', { domain: 'a.test', hostOnly: false }, 'a.test', false],
    ['hostOnly true with a dot', { domain: '.a.test', hostOnly: true }, 'a.test', true],
  ])('host-only: %s', (_label, fields, domain, hostOnly) => {
    expect(draftOf(cookieFromJson({ ...base, ...fields }, target))).toMatchObject({
      domain,
      hostOnly,
    });
  });

  it.each<[string, Record<string, unknown>, Partial<CookieDraft>]>([
    ['no path: /', { path: undefined }, { path: '/' }],
    ['a number value as text', { value: 42 }, { value: '42' }],
    ['no name: empty', { name: undefined }, { name: '' }],
    ['flags only when true', { secure: 'true', httpOnly: 1 }, { secure: false, httpOnly: false }],
    [
      'a partition object',
      { partitionKey: { topLevelSite: 'https://b.test', hasCrossSiteAncestor: false } },
      { partitionKey: { topLevelSite: 'https://b.test', hasCrossSiteAncestor: false } },
    ],
    [
      'Playwright’s partition string',
      { partitionKey: 'https://b.test' },
      { partitionKey: { topLevelSite: 'https://b.test' } },
    ],
    ['a numeric store id', { storeId: 1 }, { storeId: '0' }],
  ])('%s', (_label, fields, expected) => {
    expect(draftOf(cookieFromJson({ ...base, ...fields }, target))).toMatchObject(expected);
  });

  it.each<[string, unknown]>([
    ['an empty partition object', {}],
    ['a null partition', null],
    ['an empty partition string', ''],
  ])('imports %s as unpartitioned', (_label, partitionKey) => {
    expect(draftOf(cookieFromJson({ ...base, partitionKey }, target))).not.toHaveProperty(
      'partitionKey',
    );
  });

  it.each<[string, unknown, RegExp]>([
    ['a string', 'sid=abc', /Not a cookie/],
    ['null', null, /Not a cookie/],
    ['an array', [base], /Not a cookie/],
    ['no domain', { name: 'sid', value: 'abc' }, /no domain/],
    ['an object value', { ...base, value: { a: 1 } }, /value \{"a":1\} is not text/],
    ['a numeric path', { ...base, path: 3 }, /path 3 is not text/],
    [
      'an expiry that is not a number',
      { ...base, expirationDate: 'soon' },
      /"soon" is not a number/,
    ],
    ['a partition that is a number', { ...base, partitionKey: 5 }, /partitionKey 5/],
  ])('refuses %s and says why', (_label, raw, reason) => {
    const entry = cookieFromJson(raw, target);
    expect(entry.ok).toBe(false);
    expect(entry.ok ? '' : entry.reason).toMatch(reason);
    expect(entry.source).toBe(JSON.stringify(raw));
  });
});

describe('parseBrowserExtensionJson as a whole', () => {
  it.each<[string, string]>([
    ['invalid JSON', '[{"name": '],
    ['an object without cookies', '{"name": "sid"}'],
    ['a number', '42'],
  ])('refuses %s', (_label, text) => {
    expect(parseBrowserExtensionJson(text, target).ok).toBe(false);
  });

  it('reads a file saved with a byte order mark', () => {
    expect(parseBrowserExtensionJson(`\uFEFF${editThisCookieExport}`, target).ok).toBe(true);
  });

  it('round-trips valid cookies in Cookie-Editor’s export spelling', () => {
    fc.assert(
      fc.property(validCookies({ tabs: true }), (cookies) => {
        // What Cookie-Editor's JsonFormat.format writes for the cookies API's objects.
        const text = JSON.stringify(
          cookies.map((c) => ({
            ...c,
            storeId: null,
            sameSite: c.sameSite === 'unspecified' ? null : c.sameSite,
          })),
          null,
          4,
        );
        const parse = parseBrowserExtensionJson(text, target);
        expect(parse.ok && parse.entries.map(draftOf)).toEqual(
          cookies.map((c) => ({ ...draftFromCookie(c), storeId: '0' })),
        );
      }),
    );
  });

  it('never throws on any JSON, cookie-shaped or not', () => {
    const anyField = fc.oneof(fc.anything(), fc.string(), fc.double(), fc.constant(null));
    const cookieish = fc.record(
      {
        name: anyField,
        value: anyField,
        domain: anyField,
        path: anyField,
        hostOnly: anyField,
        sameSite: anyField,
        expirationDate: anyField,
        expires: anyField,
        session: anyField,
        storeId: anyField,
        partitionKey: anyField,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(cookieish), fc.jsonValue(), fc.string()), (value) => {
        const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
        parseBrowserExtensionJson(text, target);
      }),
    );
  });

  it('survives JSON nested too deep to print back', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(() => parseBrowserExtensionJson(`[${deep}]`, target)).not.toThrow();
  });
});

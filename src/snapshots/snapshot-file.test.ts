import { describe, expect, it } from 'vitest';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import { parseWorkbenchJson } from '../formats/workbench-json';
import { createSnapshot } from './snapshot';
import { exportSnapshotFile, maxSnapshotCookies, readSnapshotFile } from './snapshot-file';

const nowMs = 1_800_000_000_000;
const partition = { topLevelSite: 'https://top.test', hasCrossSiteAncestor: false };
const cookies = [
  testCookie({ name: 'sid', value: 'alice', domain: '.a.test', hostOnly: false }),
  testCookie({ name: 'csrf', session: true }),
  testCookie({ name: 'remember', session: false, expirationDate: 1_900_000_000.5 }),
  testCookie({ name: 'chip', secure: true, partitionKey: partition }),
];
const snapshot = createSnapshot({
  sites: ['a.test'],
  id: 'x',
  name: 'Alice',
  storeId: '0',
  cookies,
  nowMs,
});
const target = { id: 'new', storeId: '0' };
const fileText = exportSnapshotFile(snapshot, new Date(nowMs));
const fileWith = (change: (file: Record<string, unknown>) => void) => {
  const file = JSON.parse(fileText) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
};
const cookieAt = (file: Record<string, unknown>, index: number) =>
  (file.cookies as Record<string, unknown>[])[index] as Record<string, unknown>;

describe('snapshot files', () => {
  it('round-trips every attribute, session-ness and partition included', () => {
    const read = readSnapshotFile(fileText, { id: 'x', storeId: '0' });
    expect(read).toEqual({ ok: true, snapshot, notes: [] });
  });

  it('is an export any import reads as cookies', () => {
    const parsed = parseWorkbenchJson(fileText, { storeId: '0' });
    expect(parsed.ok && parsed.entries.map((e) => e.ok)).toEqual([true, true, true, true]);
  });

  it('imports into the target store and says so', () => {
    const read = readSnapshotFile(fileText, { id: 'y', storeId: 'firefox-container-2' });
    expect(read.ok && read.snapshot.cookies.every((c) => c.storeId === 'firefox-container-2')).toBe(
      true,
    );
    expect(read.ok && read.notes).toEqual([
      'Saved in store "0": imported into "firefox-container-2".',
    ]);
  });

  const refused: [string, string | ((file: Record<string, unknown>) => void), RegExp][] = [
    ['not JSON', '{', /^Not valid JSON/],
    ['a plain array', '[]', /not a Cookie Workbench snapshot/],
    ['another format', (f) => (f.format = 'other'), /"format" is not "cookie-workbench"/],
    ['a newer version', (f) => (f.version = 2), /version 2; this version reads version 1/],
    [
      'an export without snapshot',
      (f) => delete f.snapshot,
      /not a snapshot.*Import it as cookies/,
    ],
    ['no name', (f) => ((f.snapshot as { name: string }).name = '  '), /has no name/],
    [
      'a huge name',
      (f) => ((f.snapshot as { name: string }).name = 'x'.repeat(101)),
      /longer than 100 characters/,
    ],
    ['sites not a list', (f) => ((f.snapshot as { sites: unknown }).sites = 'a.test'), /sites/],
    ['a site not text', (f) => ((f.snapshot as { sites: unknown }).sites = [3]), /names a site 3/],
    ['an unknown scope', (f) => ((f.snapshot as { scope: string }).scope = 'all'), /scope "all"/],
    [
      'a huge bad value, quoted short',
      (f) => ((f.snapshot as { scope: string }).scope = 'x'.repeat(10_000)),
      /scope "x{58}… is neither/,
    ],
    ['a bad time', (f) => ((f.snapshot as { savedAt: string }).savedAt = 'soon'), /time "soon"/],
    ['cookies not a list', (f) => (f.cookies = {}), /no list of cookies/],
    [
      'more cookies than a browser keeps',
      (f) => (f.cookies = Array.from({ length: maxSnapshotCookies + 1 }, () => ({}))),
      /holds 3,301 cookies; a browser keeps at most 3,300/,
    ],
    [
      'a cookie not an object',
      (f) => ((f.cookies as unknown[])[1] = 'sid=1'),
      /Cookie 2 is not a cookie object/,
    ],
    ['a missing field', (f) => delete cookieAt(f, 0).secure, /Cookie 1 has no secure/],
    [
      'a wrong type',
      (f) => (cookieAt(f, 0).hostOnly = 'no'),
      /Cookie 1 has a hostOnly that is not true or false/,
    ],
    [
      'a huge value',
      (f) => (cookieAt(f, 0).value = 'x'.repeat(20_000)),
      /Cookie 1 has a value that is not text/,
    ],
    [
      'dot and hostOnly disagree',
      (f) => (cookieAt(f, 0).hostOnly = true),
      /leading dot contradicts/,
    ],
    [
      'a session cookie with an expiry',
      (f) => (cookieAt(f, 1).expirationDate = 5),
      /session cookie but has an expirationDate/,
    ],
    [
      'a persistent cookie without one',
      (f) => delete cookieAt(f, 2).expirationDate,
      /no valid expirationDate/,
    ],
    [
      'a bad partition',
      (f) => (cookieAt(f, 3).partitionKey = 'top'),
      /partitionKey that is not a partition/,
    ],
    [
      'a repeated cookie',
      (f) => (f.cookies as unknown[]).push(cookieAt(f, 0)),
      /Cookie 5 repeats cookie 1/,
    ],
  ];
  it.each(refused)('refuses %s, saying what is wrong', (_, change, message) => {
    const text = typeof change === 'string' ? change : fileWith(change);
    const read = readSnapshotFile(text, target);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error).toMatch(message);
  });

  it('warns of sites it holds no cookies of: restoring it clears them', () => {
    const text = fileWith((f) => {
      (f.snapshot as { sites: string[] }).sites = ['a.test', 'bank.test', 'mail.test'];
    });
    const read = readSnapshotFile(text, target);
    expect(read.ok && read.notes).toEqual([
      'It holds no cookies of bank.test, mail.test: restoring it removes all their cookies.',
    ]);
  });

  it('names the first problems and counts the rest', () => {
    const text = fileWith((f) => {
      f.cookies = Array.from({ length: 8 }, () => 1);
    });
    const read = readSnapshotFile(text, target);
    expect(!read.ok && read.error).toMatch(/Cookie 5 is not a cookie object\. \(and 3 more\)$/);
  });

  it('keeps only the known fields of a cookie', () => {
    const text = fileWith((f) => {
      cookieAt(f, 0).extra = 'x'.repeat(1000);
    });
    const read = readSnapshotFile(text, target);
    expect(read.ok && read.snapshot.cookies[0]).toEqual(snapshot.cookies[0]);
  });
});

import { describe, expect, it } from 'vitest';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import {
  createSnapshot,
  maxSnapshotNameLength,
  renameSnapshot,
  resaveSnapshot,
  sitesOfCookies,
  snapshotBytes,
} from './snapshot';

const nowMs = 1_800_000_000_000;

describe('snapshots', () => {
  it('keeps name, sites, store, time and every cookie of its store in the export format', () => {
    const persistent = testCookie({ name: 'r', session: false, expirationDate: 2e9 });
    // A browser reports no expiry for a session cookie; one left in by a tool is dropped.
    const session = testCookie({ name: 's', session: true, expirationDate: 5 });
    const elsewhere = testCookie({ name: 'x', storeId: '1' });
    const snapshot = createSnapshot({
      id: '1',
      name: '  Alice  ',
      storeId: '0',
      cookies: [persistent, session, elsewhere, testCookie({ name: 'w', domain: '.www.b.test' })],
      nowMs,
    });
    expect(snapshot).toMatchObject({
      id: '1',
      name: 'Alice',
      sites: ['a.test', 'b.test'],
      scope: 'sites',
      storeId: '0',
      savedAt: nowMs,
    });
    expect(snapshot.cookies.map((c) => c.name)).toEqual(['r', 's', 'w']);
    expect(snapshot.cookies[1]).not.toHaveProperty('expirationDate');
  });

  it('names the sites of cookies by registrable domain', () => {
    const hosts = ['www.shop.co.uk', '.shop.co.uk', 'localhost', '127.0.0.1'];
    expect(sitesOfCookies(hosts.map((domain) => ({ domain })))).toEqual([
      '127.0.0.1',
      'localhost',
      'shop.co.uk',
    ]);
  });

  it('keeps a name short and never empty', () => {
    const snapshot = createSnapshot({ id: '1', name: 'a', storeId: '0', cookies: [], nowMs });
    expect(renameSnapshot(snapshot, '   ').name).toBe('Untitled snapshot');
    expect(renameSnapshot(snapshot, 'x'.repeat(500)).name).toHaveLength(maxSnapshotNameLength);
  });

  it('counts its size in UTF-8 bytes, as storage does', () => {
    const ascii = createSnapshot({ id: '1', name: 'a', storeId: '0', cookies: [], nowMs });
    const accented = { ...ascii, name: 'é' };
    expect(snapshotBytes(accented)).toBe(snapshotBytes(ascii) + 1);
    expect(snapshotBytes(ascii)).toBe(JSON.stringify(ascii).length);
  });

  it('re-saves the current cookies of its scope', () => {
    const sid = testCookie({ name: 'sid', value: 'old' });
    const site = createSnapshot({ id: '1', name: 'a', storeId: '0', cookies: [sid], nowMs: 0 });
    const now = [
      { ...sid, value: 'new' },
      testCookie({ name: 'theme' }),
      testCookie({ domain: 'b.test' }),
    ];
    expect(resaveSnapshot(site, now, nowMs).cookies.map((c) => `${c.name}=${c.value}`)).toEqual([
      'sid=new',
      'theme=abc',
    ]);
    const selection = { ...site, scope: 'cookies' as const };
    expect(resaveSnapshot(selection, now, nowMs)).toMatchObject({
      savedAt: nowMs,
      cookies: [{ name: 'sid', value: 'new' }],
    });
  });
});

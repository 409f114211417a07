import { describe, expect, it } from 'vitest';
import { siteOfHost } from '../cookies/cookie-site';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import {
  createSnapshot,
  maxSnapshotNameLength,
  renameSnapshot,
  resaveSnapshot,
  sitesOfCookies,
} from './snapshot';

const nowMs = 1_800_000_000_000;

describe('snapshots', () => {
  it('keeps name, sites, store, time and every cookie of its store in the export format', () => {
    const persistent = testCookie({ name: 'r', session: false, expirationDate: 2e9 });
    // A browser reports no expiry for a session cookie; one left in by a tool is dropped.
    const session = testCookie({ name: 's', session: true, expirationDate: 5 });
    const elsewhere = testCookie({ name: 'x', storeId: '1' });
    const snapshot = createSnapshot({
      sites: ['b.test', 'a.test', 'b.test'],
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
    expect(
      sitesOfCookies(
        hosts.map((domain) => ({ domain })),
        siteOfHost,
      ),
    ).toEqual(['127.0.0.1', 'localhost', 'shop.co.uk']);
  });

  it('keeps a name short and never empty', () => {
    const snapshot = createSnapshot({
      sites: ['a.test'],
      id: '1',
      name: 'a',
      storeId: '0',
      cookies: [],
      nowMs,
    });
    expect(renameSnapshot(snapshot, '   ').name).toBe('Untitled snapshot');
    expect(renameSnapshot(snapshot, 'two\nlines\u0000').name).toBe('two lines');
    expect(renameSnapshot(snapshot, 'x'.repeat(500)).name).toHaveLength(maxSnapshotNameLength);
  });

  it('re-saves the current cookies of its scope', () => {
    const sid = testCookie({ name: 'sid', value: 'old' });
    const site = createSnapshot({
      sites: ['a.test'],
      id: '1',
      name: 'a',
      storeId: '0',
      cookies: [sid],
      nowMs: 0,
    });
    const now = [
      { ...sid, value: 'new' },
      testCookie({ name: 'theme' }),
      testCookie({ domain: 'b.test' }),
    ];
    expect(
      resaveSnapshot(site, now, nowMs, siteOfHost).cookies.map((c) => `${c.name}=${c.value}`),
    ).toEqual(['sid=new', 'theme=abc']);
    const selection = { ...site, scope: 'cookies' as const };
    expect(resaveSnapshot(selection, now, nowMs, siteOfHost)).toMatchObject({
      savedAt: nowMs,
      cookies: [{ name: 'sid', value: 'new' }],
    });
  });
});

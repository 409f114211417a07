import { describe, expect, it } from 'vitest';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import { createSnapshot } from './snapshot';
import {
  readStoredSnapshot,
  snapshotBytes,
  snapshotIds,
  snapshotStorageKey,
  storedSnapshot,
  summarizeSnapshot,
} from './snapshot-storage';

const nowMs = 1_800_000_000_000;
const snapshot = createSnapshot({
  id: 'k1',
  name: 'Alice',
  sites: ['a.test'],
  storeId: 'firefox-container-2',
  cookies: [
    testCookie({ name: 'sid', storeId: 'firefox-container-2' }),
    testCookie({ name: 'r', session: false, expirationDate: 2e9, storeId: 'firefox-container-2' }),
  ],
  nowMs,
});

describe('stored snapshots', () => {
  it('read back as saved, in their own store', () => {
    expect(readStoredSnapshot(storedSnapshot(snapshot), 'k1')).toEqual({
      ok: true,
      snapshot,
      notes: [],
    });
  });

  it.each([
    ['not text', { name: 'x' }, /is not a snapshot/],
    ['not JSON', '{', /names no store/],
    ['without a store', storedSnapshot({ ...snapshot, storeId: '' }), /names no store/],
    [
      'with a cookie changed into nonsense',
      storedSnapshot(snapshot).replace('"hostOnly":true', '"hostOnly":"yes"'),
      /Cookie 1 has a hostOnly that is not true or false/,
    ],
  ])('are refused when %s', (_, stored, error) => {
    const read = readStoredSnapshot(stored, 'k1');
    expect(!read.ok && read.error).toMatch(error);
  });

  it('are one key each, listed by prefix', () => {
    expect(snapshotStorageKey('k1')).toBe('snapshot/k1');
    expect(snapshotIds(['journal', 'snapshot/k1', 'protection-rules', 'snapshot/k2'])).toEqual([
      'k1',
      'k2',
    ]);
  });

  it('are summed up for the list with their size in UTF-8 bytes, key included', () => {
    const summary = summarizeSnapshot(snapshot);
    expect(summary).toMatchObject({ id: 'k1', name: 'Alice', cookieCount: 2, sessionCount: 1 });
    expect(summary).not.toHaveProperty('cookies');
    expect(summary.bytes).toBe('snapshot/k1'.length + storedSnapshot(snapshot).length);
    expect(snapshotBytes({ ...snapshot, name: 'Alicé' })).toBe(summary.bytes + 1);
  });
});

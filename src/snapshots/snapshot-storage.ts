import { isSessionCookie } from '../cookies/classify-lifetime';
import { t } from '../i18n/t';
import { utf8Length } from '../text/utf8-length';
import type { Snapshot } from './snapshot';
import { readSnapshotFile, type SnapshotRead, snapshotFileData } from './snapshot-file';

// Snapshots hold live login sessions: they are kept in `storage.local` of this browser only,
// never in `storage.sync`. One key a snapshot, so saving one never rewrites the others, each
// holding the snapshot file's JSON as one string (storage counts an object's values dearer,
// journal-budget.ts), so what is stored and what is exported are one format, read one way.

export const snapshotKeyPrefix = 'snapshot/';

export const snapshotStorageKey = (id: string) => `${snapshotKeyPrefix}${id}`;

/** The ids of the snapshots among a storage area's keys. */
export function snapshotIds(keys: readonly string[]): string[] {
  return keys
    .filter((key) => key.startsWith(snapshotKeyPrefix))
    .map((key) => key.slice(snapshotKeyPrefix.length));
}

export function storedSnapshot(snapshot: Snapshot): string {
  return JSON.stringify(snapshotFileData(snapshot, new Date(snapshot.savedAt)));
}

/**
 * A snapshot read back from storage, checked as strictly as an imported file (anything with
 * access to the storage may have changed it), in the store it was saved in.
 */
export function readStoredSnapshot(stored: unknown, id: string): SnapshotRead {
  if (typeof stored !== 'string') {
    return { ok: false, error: t('snapshot_storedNotSnapshot', id) };
  }
  let storeId = '';
  try {
    const data = JSON.parse(stored) as { snapshot?: { storeId?: unknown } };
    if (typeof data?.snapshot?.storeId === 'string') storeId = data.snapshot.storeId;
  } catch {
    // readSnapshotFile says what is wrong
  }
  if (storeId === '') return { ok: false, error: t('snapshot_storedNoStore', id) };
  return readSnapshotFile(stored, { id, storeId });
}

/** What the snapshot list shows of each: everything but the cookies, with its size. */
export interface SnapshotSummary extends Omit<Snapshot, 'cookies'> {
  cookieCount: number;
  sessionCount: number;
  /** Bytes it takes in `storage.local`, as counted against the quota (UTF-8, key included). */
  bytes: number;
}

export function snapshotBytes(snapshot: Snapshot): number {
  return utf8Length(snapshotStorageKey(snapshot.id)) + utf8Length(storedSnapshot(snapshot));
}

export function summarizeSnapshot(snapshot: Snapshot): SnapshotSummary {
  const { cookies, ...rest } = snapshot;
  return {
    ...rest,
    cookieCount: cookies.length,
    sessionCount: cookies.filter(isSessionCookie).length,
    bytes: snapshotBytes(snapshot),
  };
}

import { utf8Length } from '../../src/journal/journal-budget';
import { JournalStore, type SessionArea } from '../../src/journal/journal-store';
import { browser } from '../platform';

// Chrome's and Firefox's storage.session quota (10 MB); read from the API where it says.
const defaultQuotaBytes = 10 * 1024 * 1024;

/**
 * `storage.session`: kept in the browser's memory, so it survives the service worker being
 * stopped (an action cut off midway is finished from it) and is gone when the browser closes:
 * no cookie value the journal holds is ever written to the profile on disk.
 */
function sessionArea(): SessionArea {
  const area = browser.storage.session;
  const quota = (area as { QUOTA_BYTES?: number }).QUOTA_BYTES;
  return {
    quotaBytes: typeof quota === 'number' && quota > 0 ? quota : defaultQuotaBytes,
    get: (keys) => area.get(keys),
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
    async bytesInUse() {
      try {
        return await area.getBytesInUse(null);
      } catch {
        // Firefox has no getBytesInUse for this area: count as the journal counts.
        const items = await area.get(null);
        return Object.entries(items).reduce(
          (sum, [key, value]) => sum + utf8Length(key) + utf8Length(JSON.stringify(value)),
          0,
        );
      }
    },
  };
}

export const journalStore = new JournalStore(sessionArea());

/**
 * Every key in the area, to drop records no entry points at. `getKeys` (Chrome 130+) lists them
 * without reading megabytes of values on every start of the worker.
 */
export async function sessionKeys(): Promise<string[]> {
  const area = browser.storage.session as { getKeys?: () => Promise<string[]> };
  if (typeof area.getKeys === 'function') return area.getKeys();
  return Object.keys(await browser.storage.session.get(null));
}

const diskJournalKey = 'undoJournal';

/**
 * Earlier versions kept the journal, cookie values included, in storage.local: on disk, across
 * browser restarts. Remove it where it is still there (looked up first: a remove writes to the
 * disk even when there is nothing to remove).
 */
export async function forgetJournalOnDisk(): Promise<void> {
  const found = await browser.storage.local.get(diskJournalKey);
  if (found[diskJournalKey] !== undefined) await browser.storage.local.remove(diskJournalKey);
}

import { sessionQuotaBytes } from '../../src/journal/journal-budget';
import type { SessionArea } from '../../src/journal/journal-store';
import { utf8Length } from '../../src/text/utf8-length';
import { browser } from '../platform';

/**
 * `storage.session`: kept in the browser's memory, so it survives the service worker being
 * stopped (an action cut off midway is finished from it) and is gone when the browser closes:
 * no cookie value the journal holds is ever written to the profile on disk.
 */
export function sessionArea(): SessionArea {
  const area = browser.storage.session;
  const quota = (area as { QUOTA_BYTES?: number }).QUOTA_BYTES;
  return {
    quotaBytes: typeof quota === 'number' && quota > 0 ? quota : sessionQuotaBytes,
    get: (keys) => area.get(keys),
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
    // `getKeys` (Chrome 130+) lists the keys without reading megabytes of values on every start.
    async keys() {
      const withKeys = area as { getKeys?: () => Promise<string[]> };
      if (typeof withKeys.getKeys === 'function') return withKeys.getKeys();
      return Object.keys(await area.get(null));
    },
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

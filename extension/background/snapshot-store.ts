import type { LocalArea } from '../../src/background/snapshot-handlers';
import { browser } from '../platform';

/**
 * `storage.local` for snapshots: kept in this browser's profile, never `storage.sync` (a
 * snapshot holds live login sessions; syncing would copy them to every signed-in device).
 */
export function localArea(): LocalArea {
  const area = browser.storage.local;
  return {
    get: (keys) => area.get(keys),
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
    // `getKeys` (Chrome 130+) lists the keys without reading every snapshot.
    async keys() {
      const withKeys = area as { getKeys?: () => Promise<string[]> };
      if (typeof withKeys.getKeys === 'function') return withKeys.getKeys();
      return Object.keys(await area.get(null));
    },
  };
}

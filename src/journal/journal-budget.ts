import { utf8Length } from '../text/utf8-length';
import { isFinished, type JournalSummary } from './journal-entry';

/** Chrome's and Firefox's storage.session quota; used where the API does not say its own. */
export const sessionQuotaBytes = 10 * 1024 * 1024;

// Measured in Chromium: storage.session counts a string value as its UTF-8 bytes plus its key
// and a few bytes (a 1,000-character "é" string took 2,008). Objects cost ~56 bytes per value,
// so the journal stores each record as one JSON string, and counts generously.
const perKeyOverhead = 64;

/** What `storage.session` counts against its quota for one key holding this string. */
export function storedBytes(key: string, text: string): number {
  return utf8Length(key) + utf8Length(text) + perKeyOverhead;
}

/** Room kept free for the index and the other keys' growth while an action runs. */
export const reservedBytes = 256 * 1024;

/** At most this many actions are kept; the oldest finished ones go first. */
export const maxEntries = 100;

/**
 * The finished entries to drop, oldest first, so that `needed` bytes fit in `free` and at
 * most `maxEntries` remain with the new one; undefined if even dropping them all is not enough.
 */
export function entriesToEvict(
  entries: readonly JournalSummary[],
  needed: number,
  free: number,
): number[] | undefined {
  const candidates = entries.filter(isFinished).sort((a, b) => a.id - b.id);
  const evict: number[] = [];
  let room = free;
  let count = entries.length + 1;
  for (const entry of candidates) {
    if (room >= needed && count <= maxEntries) break;
    evict.push(entry.id);
    room += entry.bytes;
    count--;
  }
  return room >= needed && count <= maxEntries ? evict : undefined;
}

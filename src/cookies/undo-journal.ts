import { type Cookie, draftFromCookie } from './cookie';
import { identityKey } from './cookie-identity';
import type { CookieStorePort } from './cookie-store-port';
import { deleteAllExactly } from './delete-exactly';
import { readStores } from './read-exact';
import { bulkWriteConcurrency, runConcurrently } from './run-concurrently';
import { storedDifferences } from './save-cookie';
import { setDetailsFor } from './set-details';

export type JournalKind = 'delete' | 'edit' | 'bulk-delete' | 'import';

/** One destructive action, with the exact cookies before it and the ones it created. */
export interface JournalEntry {
  id: number;
  time: number;
  kind: JournalKind;
  label: string;
  before: Cookie[];
  after: Cookie[];
  undone: boolean;
}

export interface Journal {
  nextId: number;
  entries: JournalEntry[];
}

export type JournalSummary = Omit<JournalEntry, 'before' | 'after'> & { count: number };

/** The journal lives in the extension's local storage: bounded, never synced. */
export const journalLimits = { entries: 100, characters: 2_000_000 };

export const emptyJournal = (): Journal => ({ nextId: 1, entries: [] });

/** Adds an action; the oldest entries go once the count or the size is over the cap. */
export function recordAction(
  journal: Journal,
  action: Omit<JournalEntry, 'id' | 'undone'>,
): { journal: Journal; entry: JournalEntry } {
  const entry: JournalEntry = { ...action, id: journal.nextId, undone: false };
  let entries = [...journal.entries, entry];
  while (entries.length > journalLimits.entries) entries = entries.slice(1);
  // The journal's JSON length, from each entry's measured once (a bulk entry can be megabytes).
  const sizes = entries.map((e) => JSON.stringify(e).length);
  let total = sizes.reduce((sum, size) => sum + size + 1, 1);
  let drop = 0;
  while (entries.length - drop > 1 && total > journalLimits.characters) {
    total -= (sizes[drop] ?? 0) + 1;
    drop++;
  }
  entries = entries.slice(drop);
  return { journal: { nextId: journal.nextId + 1, entries }, entry };
}

export function summarize(entry: JournalEntry): JournalSummary {
  const { before, after, ...rest } = entry;
  return { ...rest, count: Math.max(before.length, after.length) };
}

export interface UndoOutcome {
  restored: number;
  failures: string[];
}

/**
 * Undoes an action: the cookies it created are removed exactly, the ones it deleted or changed
 * are written back exactly as they were (identity, value, flags, expiry, partition), and each is
 * read back. A cookie whose expiry has passed meanwhile cannot come back: it is reported.
 */
export async function undoEntry(
  port: CookieStorePort,
  entry: JournalEntry,
  nowSeconds: number,
): Promise<UndoOutcome> {
  const failures: string[] = [];
  const restoring = new Set(entry.before.map(identityKey));
  // What the action created and is still there goes, exactly (one read of the stores).
  const stores = entry.after.map((c) => c.storeId);
  const present = await readStores(port, stores);
  const created = entry.after.filter((c) => !restoring.has(identityKey(c)));
  const toRemove = created.flatMap((c) => present.get(identityKey(c)) ?? []);
  failures.push(...(await deleteAllExactly(port, toRemove, nowSeconds)).failures);

  // What it deleted or changed is written back, several at a time, then compared with one read.
  const where = (c: Cookie) => `"${c.name}" (${c.domain}${c.path})`;
  const writable = entry.before.filter((cookie) => {
    const expired =
      !cookie.session && cookie.expirationDate !== undefined && cookie.expirationDate <= nowSeconds;
    if (expired) failures.push(`${where(cookie)} had expired by now and cannot come back.`);
    return !expired;
  });
  const refused = new Set<Cookie>();
  await runConcurrently(writable, bulkWriteConcurrency, async (cookie) => {
    try {
      await port.set(setDetailsFor(draftFromCookie(cookie)));
    } catch (error) {
      refused.add(cookie);
      failures.push(
        `${where(cookie)} could not be restored: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  });
  const stored = await readStores(
    port,
    writable.map((c) => c.storeId),
  );
  let restored = 0;
  for (const cookie of writable) {
    if (refused.has(cookie)) continue;
    const back = stored.get(identityKey(cookie));
    const differences = back
      ? storedDifferences(back, draftFromCookie(cookie), nowSeconds)
      : ['the whole cookie'];
    if (differences.length > 0)
      failures.push(`${where(cookie)} came back with another ${differences.join(', ')}.`);
    else restored++;
  }
  return { restored, failures };
}

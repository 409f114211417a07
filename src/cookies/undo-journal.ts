import { type Cookie, draftFromCookie } from './cookie';
import { identityKey } from './cookie-identity';
import type { CookieStorePort } from './cookie-store-port';
import { deleteExactly } from './delete-exactly';
import { readExact } from './read-exact';
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
  while (entries.length > 1 && JSON.stringify(entries).length > journalLimits.characters) {
    entries = entries.slice(1);
  }
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
  for (const created of entry.after) {
    if (restoring.has(identityKey(created))) continue;
    const current = await readExact(port, created);
    if (!current) continue;
    try {
      await deleteExactly(port, current, nowSeconds);
    } catch (error) {
      failures.push(
        `"${created.name}" (${created.domain}${created.path}) could not be removed: ${String(error)}`,
      );
    }
  }
  let restored = 0;
  for (const cookie of entry.before) {
    const where = `"${cookie.name}" (${cookie.domain}${cookie.path})`;
    if (
      !cookie.session &&
      cookie.expirationDate !== undefined &&
      cookie.expirationDate <= nowSeconds
    ) {
      failures.push(`${where} had expired by now and cannot come back.`);
      continue;
    }
    const wanted = draftFromCookie(cookie);
    try {
      await port.set(setDetailsFor(wanted));
      const stored = await readExact(port, cookie);
      const differences = stored
        ? storedDifferences(stored, wanted, nowSeconds)
        : ['the whole cookie'];
      if (differences.length > 0)
        failures.push(`${where} came back with another ${differences.join(', ')}.`);
      else restored++;
    } catch (error) {
      failures.push(
        `${where} could not be restored: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return { restored, failures };
}

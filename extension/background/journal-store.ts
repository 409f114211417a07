import {
  emptyJournal,
  type Journal,
  type JournalEntry,
  recordAction,
} from '../../src/cookies/undo-journal';
import { browser } from '../platform';

// storage.local: kept across restarts, never synced (the journal holds live session cookies).
const storageKey = 'undoJournal';

let queue: Promise<unknown> = Promise.resolve();

/** Runs journal updates one at a time, so two actions finishing together both get recorded. */
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function load(): Promise<Journal> {
  const stored = (await browser.storage.local.get(storageKey))[storageKey] as Journal | undefined;
  return stored && Array.isArray(stored.entries) ? stored : emptyJournal();
}

async function save(journal: Journal): Promise<void> {
  await browser.storage.local.set({ [storageKey]: journal });
}

export function readJournal(): Promise<Journal> {
  return serialized(load);
}

export function recordInJournal(
  action: Omit<JournalEntry, 'id' | 'undone' | 'time'>,
): Promise<number> {
  return serialized(async () => {
    const { journal, entry } = recordAction(await load(), { ...action, time: Date.now() });
    await save(journal);
    return entry.id;
  });
}

export function markUndone(entryId: number): Promise<void> {
  return serialized(async () => {
    const journal = await load();
    await save({
      ...journal,
      entries: journal.entries.map((e) => (e.id === entryId ? { ...e, undone: true } : e)),
    });
  });
}

export function clearJournal(): Promise<number> {
  return serialized(async () => {
    const journal = await load();
    await save({ nextId: journal.nextId, entries: [] });
    return journal.entries.length;
  });
}

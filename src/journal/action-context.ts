import type { CookieStorePort } from '../cookies/cookie-store-port';
import { isolateBidi } from '../cookies/isolate-bidi';
import type { HostRules } from '../cookies/validate-cookie';
import { t, tn } from '../i18n/t';
import { shownName } from '../text/cookie-label';
import type { JournalStore } from './journal-store';
import { createSerialQueue } from './serial-queue';

/** What an action needs of the outside: the cookie store, the journal, a clock, the PSL. */
export interface ActionContext {
  port: CookieStorePort;
  journal: JournalStore;
  /** ms since the epoch. */
  now: () => number;
  hostRules: HostRules;
  /**
   * Runs cookie-writing actions one at a time: each acts on the browser's cookies as it finds
   * them, so two actions must not interleave their reads and writes.
   */
  exclusive: <T>(task: () => Promise<T>) => Promise<T>;
}

export function createActionContext(
  parts: Omit<ActionContext, 'exclusive'> & Partial<Pick<ActionContext, 'exclusive'>>,
): ActionContext {
  return { exclusive: createSerialQueue(), ...parts };
}

const progressEveryMs = 250;

/**
 * Notes an action's progress in its journal entry at most every 250 ms (each note is a write to
 * storage); `settle` waits for the last one.
 */
export function progressNotes(ctx: ActionContext, entryId: number) {
  let last = 0;
  let pending: Promise<void> = Promise.resolve();
  return {
    onProgress: (written: number) => {
      const now = ctx.now();
      if (now - last < progressEveryMs) return;
      last = now;
      pending = pending
        .then(() => ctx.journal.setProgress(entryId, written))
        .catch(() => undefined);
    },
    settle: () => pending,
  };
}

/** `Deleted "sid"` or `Deleted 3 cookies`: a history label, whole in each language. */
export function actionLabel(action: 'deleted' | 'imported', count: number, name?: string): string {
  if (count === 1 && name !== undefined) {
    const shown = isolateBidi(shownName(name));
    return action === 'deleted'
      ? t('journal_labelDeletedNamed', shown)
      : t('journal_labelImportedNamed', shown);
  }
  return action === 'deleted'
    ? tn('journal_labelDeleted', count)
    : tn('journal_labelImported', count);
}

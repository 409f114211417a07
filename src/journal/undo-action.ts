import { CookieWriteError } from '../cookies/cookie-write-error';
import { t } from '../i18n/t';
import { type ActionContext, progressNotes } from './action-context';
import { applyChanges, type ChangeStatus, reverseChange } from './apply-changes';
import type { JournalSummary } from './journal-entry';

export interface UndoReport {
  /** Cookies back as they were before the action. */
  restored: number;
  /** One sentence for each cookie not restored. */
  failures: string[];
  /** How many of those another Undo will try again (the rest cannot come back). */
  remaining: number;
}

// Expired and lost cookies cannot come back however often Undo is tried.
const settled: ReadonlySet<ChangeStatus> = new Set(['applied', 'already', 'expired', 'lost']);

/**
 * Undoes the changes of an entry not undone yet, each only where the browser still has what the
 * action left (a cookie changed since is reported and kept). The entry is marked `undoing`
 * first, so a worker stopped midway finishes the undo on its next start.
 */
export async function runUndo(ctx: ActionContext, entry: JournalSummary): Promise<UndoReport> {
  await ctx.journal.beginUndo(entry.id);
  const changes = await ctx.journal.changes(entry.id);
  const open = changes.flatMap((change, index) => (change.undone ? [] : [index]));
  const notes = progressNotes(ctx, entry.id);
  const outcomes = await applyChanges(
    ctx.port,
    open.map((index) => reverseChange(changes[index] ?? {})),
    { nowSeconds: ctx.now() / 1000, since: entry.time / 1000, onProgress: notes.onProgress },
  );
  await notes.settle();
  const report: UndoReport = { restored: 0, failures: [], remaining: 0 };
  outcomes.forEach((outcome, position) => {
    const index = open[position] as number;
    const change = changes[index];
    if (!change) return;
    if (outcome.status === 'applied' || outcome.status === 'already') report.restored++;
    else report.failures.push(outcome.reason ?? '');
    if (settled.has(outcome.status)) change.undone = true;
    else report.remaining++;
  });
  await ctx.journal.finishUndo(entry.id, changes);
  return report;
}

/** Undo from a page: once per entry, however many pages ask at the same moment. */
export function undoAction(ctx: ActionContext, entryId: number): Promise<UndoReport> {
  return ctx.exclusive(async () => {
    const entry = await ctx.journal.entry(entryId);
    if (!entry) throw new CookieWriteError(t('journal_undoGone'));
    if (!entry.undoable) {
      throw new CookieWriteError(t('journal_undoNotKept'));
    }
    if (entry.state === 'undone') throw new CookieWriteError(t('journal_undoAlreadyDone'));
    return runUndo(ctx, entry);
  });
}

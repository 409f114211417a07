import { type ActionContext, progressNotes } from './action-context';
import { applyChanges, type ChangeOutcome } from './apply-changes';
import type { JournalSummary } from './journal-entry';
import type { NewAction } from './journal-store';

/** Whether a change's outcome means the browser now has its after state (so it can be undone). */
export const isMade = (outcome: ChangeOutcome) =>
  outcome.status === 'applied' || outcome.status === 'already';

/**
 * Runs an action the write-ahead way: record it (or refuse, before any write, when its undo does
 * not fit), apply its changes while noting progress, then mark it done with the changes it
 * made. Returns each change's outcome and the finished entry (none when nothing changed).
 */
export async function runRecorded(
  ctx: ActionContext,
  action: NewAction,
  options: { withoutUndo?: boolean } = {},
): Promise<{ outcomes: ChangeOutcome[]; entry: JournalSummary | undefined }> {
  const begun = await ctx.journal.begin(action, options);
  const notes = progressNotes(ctx, begun.id);
  const outcomes = await applyChanges(ctx.port, action.changes, {
    nowSeconds: ctx.now() / 1000,
    since: action.time / 1000,
    onProgress: notes.onProgress,
  });
  await notes.settle();
  const made = outcomes.flatMap((outcome, index) => (isMade(outcome) ? [index] : []));
  return { outcomes, entry: await ctx.journal.finish(begun.id, made) };
}

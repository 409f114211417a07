import { describeBrowserError } from '../cookies/browser-error-text';
import { CookieWriteError } from '../cookies/cookie-write-error';
import { t, tn } from '../i18n/t';
import type { ActionContext } from './action-context';
import { applyChanges } from './apply-changes';
import type { JournalSummary } from './journal-entry';
import { runUndo } from './undo-action';

async function finishAction(ctx: ActionContext, entry: JournalSummary): Promise<string> {
  const changes = await ctx.journal.changes(entry.id);
  const outcomes = await applyChanges(ctx.port, changes, {
    nowSeconds: ctx.now() / 1000,
    since: entry.time / 1000,
  });
  const made: number[] = [];
  const problems: string[] = [];
  let now = 0;
  outcomes.forEach((outcome, index) => {
    if (outcome.status === 'applied') now++;
    if (outcome.status === 'applied' || outcome.status === 'already') made.push(index);
    else if (outcome.reason) problems.push(outcome.reason);
  });
  const finished = await ctx.journal.finish(entry.id, made);
  const parts = [
    t(
      'journal_recoveredAction',
      entry.label,
      tn('count_cookies', made.length - now),
      tn('count_cookies', now),
    ),
  ];
  if (problems.length > 0) parts.push(t('journal_notDone', problems.join(' ')));
  if (finished?.undoable) parts.push(t('journal_canUndoFromHistory'));
  return parts.join(' ');
}

async function finishUndo(ctx: ActionContext, entry: JournalSummary): Promise<string> {
  const report = await runUndo(ctx, entry);
  const parts = [t('journal_recoveredUndo', entry.label, tn('count_cookies', report.restored))];
  if (report.failures.length > 0) parts.push(t('journal_notRestored', report.failures.join(' ')));
  return parts.join(' ');
}

/**
 * Runs when the service worker starts: every action or undo a stopped worker left unfinished is
 * finished from its journal record, acting on the cookies as the browser has them, so that each
 * action is either complete (and undoable) or reported cookie by cookie. The notices say what was
 * done, in every page open or opened soon after, until one dismisses them.
 */
export function recoverUnfinished(ctx: ActionContext): Promise<string[]> {
  return ctx.exclusive(async () => {
    const notices: string[] = [];
    for (const entry of await ctx.journal.unfinished()) {
      try {
        notices.push(
          entry.state === 'undoing' ? await finishUndo(ctx, entry) : await finishAction(ctx, entry),
        );
      } catch (error) {
        // Marked done, record kept: a start that fails again must not repeat the notice, and an
        // undo (which acts only where cookies are as recorded) can still be tried.
        await ctx.journal
          .finish(
            entry.id,
            Array.from({ length: entry.count }, (_, i) => i),
          )
          .catch(() => undefined);
        const reason =
          error instanceof CookieWriteError ? error.message : describeBrowserError(error);
        notices.push(t('journal_recoveryFailed', entry.label, reason));
      }
    }
    await ctx.journal.addNotices(notices, ctx.now());
    return notices;
  });
}

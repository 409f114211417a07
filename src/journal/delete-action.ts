import type { Cookie } from '../cookies/cookie';
import { readStores } from '../cookies/read-exact';
import { type ActionContext, actionLabel } from './action-context';
import { planDelete } from './plan-delete';
import { isMade, runRecorded } from './run-recorded';

export interface DeleteReport {
  deleted: number;
  /** Cookies the page listed that were gone already: not counted, not journaled. */
  alreadyGone: string[];
  /** Cookies changed since the page listed them, kept: one sentence each. */
  changed: string[];
  /** Cookies the browser would not delete: one sentence each. */
  failures: string[];
  journalId?: number;
}

/**
 * Deletes the cookies a page listed, exactly those and as the browser has them now, after
 * recording them in the journal (nothing is deleted unless the record was stored, or the user
 * chose to go on without undo).
 */
export function deleteAction(
  ctx: ActionContext,
  cookies: readonly Cookie[],
  options: { withoutUndo?: boolean } = {},
): Promise<DeleteReport> {
  return ctx.exclusive(async () => {
    const time = ctx.now();
    const present = await readStores(
      ctx.port,
      cookies.map((c) => c.storeId),
    );
    const plan = planDelete(cookies, present, time / 1000);
    const report: DeleteReport = {
      deleted: 0,
      alreadyGone: plan.alreadyGone,
      changed: plan.changed,
      failures: [],
    };
    if (plan.changes.length === 0) return report;

    const first = plan.changes[0]?.before;
    const { outcomes, entry } = await runRecorded(
      ctx,
      {
        kind: cookies.length === 1 ? 'delete' : 'bulk-delete',
        label: actionLabel('deleted', plan.changes.length, first?.name),
        changes: plan.changes,
        time,
      },
      options,
    );
    for (const outcome of outcomes) {
      if (isMade(outcome)) report.deleted++;
      else if (outcome.status === 'kept') report.changed.push(outcome.reason ?? '');
      else report.failures.push(outcome.reason ?? '');
    }
    if (entry?.undoable) report.journalId = entry.id;
    return report;
  });
}

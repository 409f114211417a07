import type { Cookie, CookieDraft } from '../cookies/cookie';
import { identityKey } from '../cookies/cookie-identity';
import { readStores } from '../cookies/read-exact';
import { type ActionContext, progressNotes, quantity } from './action-context';
import { applyChanges } from './apply-changes';
import { type ExistingPolicy, type ImportResult, planImport } from './plan-import';

export interface ImportRequest {
  drafts: readonly CookieDraft[];
  onExisting: ExistingPolicy;
  /** The existing cookies the page's preview showed at the drafts' identities. */
  seen: readonly Cookie[];
  withoutUndo?: boolean;
}

/**
 * Imports cookies: planned against the browser's cookies now, recorded in the journal before
 * the first write, written several at a time, each compared with what the browser stored.
 */
export function importAction(
  ctx: ActionContext,
  request: ImportRequest,
): Promise<{ results: ImportResult[]; journalId?: number }> {
  return ctx.exclusive(async () => {
    const time = ctx.now();
    const present = await readStores(
      ctx.port,
      request.drafts.map((d) => d.storeId),
    );
    const seen = new Map(request.seen.map((c) => [identityKey(c), c]));
    const plan = planImport(request.drafts, present, seen, {
      onExisting: request.onExisting,
      nowSeconds: time / 1000,
      hostRules: ctx.hostRules,
    });
    const { results, writes } = plan;
    if (writes.length === 0) return { results };

    const changes = writes.map((w) => w.change);
    const entry = await ctx.journal.begin(
      {
        kind: 'import',
        label: `Imported ${quantity(changes.length, changes[0]?.after?.name)}`,
        changes,
        time,
      },
      request.withoutUndo ? { withoutUndo: true } : {},
    );
    const notes = progressNotes(ctx, entry.id);
    const outcomes = await applyChanges(ctx.port, changes, {
      nowSeconds: ctx.now() / 1000,
      since: time / 1000,
      onProgress: notes.onProgress,
    });
    await notes.settle();
    const made: number[] = [];
    outcomes.forEach((outcome, position) => {
      const { index, change } = writes[position] as (typeof writes)[number];
      if (outcome.status === 'applied' || outcome.status === 'already') {
        made.push(position);
        const cookie = outcome.cookie ?? (change.after as Cookie);
        results.push({ index, status: change.before ? 'overwritten' : 'imported', cookie });
      } else if (outcome.status === 'kept') {
        results.push({ index, status: 'skipped', reason: outcome.reason ?? '' });
      } else {
        results.push({ index, status: 'failed', reason: outcome.reason ?? '' });
      }
    });
    results.sort((a, b) => a.index - b.index);
    const finished = await ctx.journal.finish(entry.id, made);
    return finished?.undoable ? { results, journalId: finished.id } : { results };
  });
}

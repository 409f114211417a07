import type { Cookie, CookieDraft } from '../cookies/cookie';
import { identityKey } from '../cookies/cookie-identity';
import { inDefaultFirstParty } from '../cookies/first-party';
import { readStores } from '../cookies/read-exact';
import { cookieLabel } from '../text/cookie-label';
import { type ActionContext, actionLabel } from './action-context';
import { type ExistingPolicy, type ImportResult, planImport } from './plan-import';
import { isMade, runRecorded } from './run-recorded';

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
): Promise<{ results: ImportResult[]; journalId?: number; evicted?: string[] }> {
  return ctx.exclusive(async () => {
    const time = ctx.now();
    const present = await readStores(
      ctx.port,
      request.drafts.map((d) => d.storeId),
    );
    const seen = new Map(request.seen.map((c) => [identityKey(c), c]));
    const drafts = await inDefaultFirstParty(ctx.port, request.drafts);
    const plan = planImport(drafts, present, seen, {
      onExisting: request.onExisting,
      nowSeconds: time / 1000,
      hostRules: ctx.hostRules,
    });
    const { results, writes } = plan;
    if (writes.length === 0) return { results };

    const changes = writes.map((w) => w.change);
    const { outcomes, entry } = await runRecorded(
      ctx,
      {
        kind: 'import',
        label: actionLabel('imported', changes.length, changes[0]?.after?.name),
        changes,
        time,
      },
      request.withoutUndo ? { withoutUndo: true } : {},
    );
    outcomes.forEach((outcome, position) => {
      const { index, change } = writes[position] as (typeof writes)[number];
      if (isMade(outcome)) {
        const cookie = outcome.cookie ?? (change.after as Cookie);
        results.push({ index, status: change.before ? 'overwritten' : 'imported', cookie });
      } else {
        const status = outcome.status === 'kept' ? 'skipped' : 'failed';
        results.push({ index, status, reason: outcome.reason ?? '' });
      }
    });
    results.sort((a, b) => a.index - b.index);
    const evicted = await pushedOut(
      ctx,
      present,
      new Set(changes.map((c) => identityKey(c.after as Cookie))),
    );
    return {
      results,
      ...(entry?.undoable ? { journalId: entry.id } : {}),
      ...(evicted.length > 0 ? { evicted } : {}),
    };
  });
}

/**
 * The cookies that were there before the import, were not its to replace, and are gone after
 * it: the browser evicts to make room past its limits and says so only in `evicted` changes.
 */
async function pushedOut(
  ctx: ActionContext,
  before: ReadonlyMap<string, Cookie>,
  written: ReadonlySet<string>,
): Promise<string[]> {
  const after = await readStores(
    ctx.port,
    [...before.values()].map((c) => c.storeId),
  );
  return [...before]
    .filter(([key]) => !written.has(key) && !after.has(key))
    .map(([, cookie]) => cookieLabel(cookie));
}

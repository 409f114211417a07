import { cookieFromDraft } from '../cookies/cookie';
import { isolateBidi } from '../cookies/isolate-bidi';
import { type SaveRequest, type SaveResult, saveCookie } from '../cookies/save-cookie';
import { t } from '../i18n/t';
import { shownName } from '../text/cookie-label';
import type { ActionContext } from './action-context';
import type { JournalChange } from './journal-entry';

/**
 * Saves an edit or a new cookie (src/cookies/save-cookie.ts: three-way merge, loss-free write).
 * An edit of an existing cookie is recorded in the journal right before its first write, so a
 * worker stopped midway (a rename with the new cookie written and the old one not yet removed)
 * is finished on the next start, and the edit can be undone.
 */
export function saveAction(
  ctx: ActionContext,
  request: SaveRequest,
): Promise<SaveResult & { journalId?: number }> {
  return ctx.exclusive(async () => {
    const time = ctx.now();
    let entryId: number | undefined;
    try {
      const result = await saveCookie(ctx.port, request, time / 1000, {
        beforeWrite: async ({ current, wanted, plan }) => {
          if (!current) return;
          const after = cookieFromDraft(wanted);
          const changes: JournalChange[] =
            plan === 'move' ? [{ after }, { before: current }] : [{ before: current, after }];
          const entry = await ctx.journal.begin({
            kind: 'edit',
            label: t('journal_labelEdited', isolateBidi(shownName(current.name))),
            changes,
            time,
          });
          entryId = entry.id;
        },
      });
      if (entryId === undefined || result.plan === 'conflict') return result;
      const made = result.plan === 'move' ? [0, 1] : [0];
      await ctx.journal.finish(entryId, made);
      return { ...result, journalId: entryId };
    } catch (error) {
      // saveCookie put the original back: there is nothing to undo.
      if (entryId !== undefined) await ctx.journal.discard(entryId);
      throw error;
    }
  });
}

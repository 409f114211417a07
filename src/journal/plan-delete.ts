import type { Cookie } from '../cookies/cookie';
import { identityKey } from '../cookies/cookie-identity';
import { t } from '../i18n/t';
import { cookieLabel } from '../text/cookie-label';
import type { JournalChange } from './journal-entry';
import { changedAttributes, isRecordedState } from './recorded-cookie';

export interface DeletePlan {
  /** One per cookie still there as the page listed it: its state now, and none after. */
  changes: JournalChange[];
  /** Listed by the page, gone from the browser already: not deleted, not journaled. */
  alreadyGone: string[];
  /** Changed in the browser since the page listed them: kept, not deleted unseen. */
  changed: string[];
}

/**
 * What a delete of the cookies a page listed does to the cookies the browser has now
 * (`present`, by identity): a cookie already gone is not counted as deleted, and one the site
 * rewrote since the page read it is reported instead of deleted with a value nobody saw.
 */
export function planDelete(
  requested: readonly Cookie[],
  present: ReadonlyMap<string, Cookie>,
  nowSeconds: number,
): DeletePlan {
  const plan: DeletePlan = { changes: [], alreadyGone: [], changed: [] };
  const seen = new Set<string>();
  for (const listed of requested) {
    const key = identityKey(listed);
    if (seen.has(key)) continue;
    seen.add(key);
    const current = present.get(key);
    if (!current) plan.alreadyGone.push(cookieLabel(listed));
    else if (!isRecordedState(current, listed, nowSeconds)) {
      const fields = changedAttributes(current, listed, nowSeconds).join(', ');
      plan.changed.push(t('journal_deleteChangedSinceList', cookieLabel(listed), fields));
    } else plan.changes.push({ before: current });
  }
  return plan;
}

import type { Cookie, CookieDraft } from '../cookies/cookie';
import { cookieFromDraft } from '../cookies/cookie';
import { identityKey } from '../cookies/cookie-identity';
import { canonicalDraft } from '../cookies/plan-edit';
import { blockingIssues, type HostRules, validateCookie } from '../cookies/validate-cookie';
import { t } from '../i18n/t';
import { cookieLabel } from '../text/cookie-label';
import type { JournalChange } from './journal-entry';
import { changedAttributes, isRecordedState } from './recorded-cookie';

export type ExistingPolicy = 'skip' | 'overwrite';

export type ImportResult =
  | { index: number; status: 'imported' | 'overwritten'; cookie: Cookie }
  | { index: number; status: 'skipped'; reason: string }
  | { index: number; status: 'failed'; reason: string };

export interface ImportPlan {
  /** Cookies that are not written, with why. */
  results: ImportResult[];
  /** The rest: each draft's position in the import and its change. */
  writes: { index: number; change: JournalChange }[];
}

export interface ImportOptions {
  onExisting: ExistingPolicy;
  nowSeconds: number;
  hostRules: HostRules;
}

/**
 * Decides, for each cookie of an import, against the cookies the browser has now (`present`)
 * and those the page's preview showed (`seen`), both by identity: invalid ones fail with their
 * reason, repeats use the first, existing ones are kept unless the user chose to overwrite,
 * and even then only a cookie still as the preview showed it is replaced: one that appeared or
 * changed since is reported and kept.
 */
export function planImport(
  drafts: readonly CookieDraft[],
  present: ReadonlyMap<string, Cookie>,
  seen: ReadonlyMap<string, Cookie>,
  options: ImportOptions,
): ImportPlan {
  const plan: ImportPlan = { results: [], writes: [] };
  const taken = new Set<string>();
  for (const [index, draft] of drafts.entries()) {
    const wanted = canonicalDraft(draft);
    const blocking = blockingIssues(validateCookie(wanted, options), false);
    if (blocking.length > 0) {
      const reason = t(
        'journal_importInvalid',
        cookieLabel(wanted),
        blocking.map((i) => i.message).join(' '),
      );
      plan.results.push({ index, status: 'failed', reason });
      continue;
    }
    const key = identityKey(wanted);
    if (taken.has(key)) {
      const reason = t('journal_importDuplicate', cookieLabel(wanted));
      plan.results.push({ index, status: 'skipped', reason });
      continue;
    }
    taken.add(key);
    const after = cookieFromDraft(wanted);
    const current = present.get(key);
    if (!current) {
      plan.writes.push({ index, change: { after } });
      continue;
    }
    const previewed = seen.get(key);
    let reason: string | undefined;
    if (options.onExisting === 'skip') reason = t('journal_importExistsKept', cookieLabel(wanted));
    else if (!previewed) {
      reason = t('journal_importCreatedAfterPreview', cookieLabel(wanted));
    } else if (!isRecordedState(current, previewed, options.nowSeconds)) {
      const fields = changedAttributes(current, previewed, options.nowSeconds).join(', ');
      reason = t('journal_importChangedSincePreview', cookieLabel(wanted), fields);
    }
    if (reason) plan.results.push({ index, status: 'skipped', reason });
    else plan.writes.push({ index, change: { before: current, after } });
  }
  return plan;
}

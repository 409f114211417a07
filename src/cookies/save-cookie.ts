import { t } from '../i18n/t';
import { describeBrowserError } from './browser-error-text';
import { type Cookie, type CookieDraft, draftFromCookie } from './cookie';
import { publicSuffixRules } from './cookie-site';
import type { CookieStorePort } from './cookie-store-port';
import { CookieWriteError } from './cookie-write-error';
import { deleteExactly } from './delete-exactly';
import { inDefaultFirstParty, inFirstPartyOf } from './first-party';
import { isolateBidi } from './isolate-bidi';
import { type MergeableField, mergeEdit } from './merge-edit';
import { canonicalDraft, type EditPlan, planEdit } from './plan-edit';
import { rawPathReason } from './raw-path';
import { readExact } from './read-exact';
import { setDetailsFor } from './set-details';
import { blockingIssues, maxExpirySeconds, validateCookie } from './validate-cookie';

export interface SaveRequest {
  /**
   * The cookie as the editor opened it; absent when creating one. The save applies what the
   * user changed from it onto the cookie as the browser has it then.
   */
  original?: Cookie;
  draft: CookieDraft;
  /** The user has seen the issues of severity `confirm` and saves anyway. */
  confirmed?: boolean;
}

export interface SaveOutcome {
  plan: EditPlan['kind'];
  /** The cookie as the browser stored it, read back. */
  cookie: Cookie;
  notes: string[];
}

/**
 * Nothing was written: a field the user changed was also changed in the browser since the
 * editor opened (by the site, a script, another tool). The editor shows both values.
 */
export interface SaveConflict {
  plan: 'conflict';
  /** The cookie as the browser has it now: the editor's new base once the user has chosen. */
  current: Cookie;
  conflicts: MergeableField[];
}

export type SaveResult = SaveOutcome | SaveConflict;

const expiryTolerance = 2;

/** Attributes where the stored cookie differs from what was asked, in the user's words. */
export function storedDifferences(stored: Cookie, wanted: CookieDraft, nowSeconds: number) {
  const differences: string[] = [];
  if (stored.value !== wanted.value) differences.push(t('cookie_diffValue'));
  if (stored.secure !== wanted.secure) differences.push('Secure');
  if (stored.httpOnly !== wanted.httpOnly) differences.push('HttpOnly');
  if (stored.sameSite !== wanted.sameSite) differences.push('SameSite');
  if (wanted.expirationDate === undefined) {
    if (!stored.session) differences.push(t('cookie_diffPersistent'));
  } else if (stored.session || stored.expirationDate === undefined) {
    differences.push(t('cookie_diffSession'));
  } else {
    const expected = Math.min(wanted.expirationDate, nowSeconds + maxExpirySeconds);
    if (Math.abs(stored.expirationDate - expected) > expiryTolerance)
      differences.push(t('cookie_diffExpiry'));
  }
  return differences;
}

// Our own errors are already in words; the browser's are translated (never shown raw). Without
// the full stop of our own sentences: every caller ends the reason with its own.
function messageOf(error: unknown): string {
  return error instanceof CookieWriteError
    ? error.message.replace(/\.$/, '')
    : describeBrowserError(error);
}

/**
 * Saves a new or edited cookie without ever losing or duplicating one: keep a copy, write the
 * new cookie, read it back and compare, remove the old one exactly when the identity changed,
 * read back again; on any failure put the copy back and report what happened.
 */
export async function saveCookie(
  port: CookieStorePort,
  request: SaveRequest,
  nowSeconds: number,
  hooks: {
    /** Runs once everything is decided, right before the first write (the undo journal). */
    beforeWrite?: (plan: {
      current: Cookie | undefined;
      wanted: CookieDraft;
      plan: EditPlan['kind'];
    }) => Promise<void>;
  } = {},
): Promise<SaveResult> {
  const { original } = request;
  const unreachable = original && rawPathReason(original.path);
  if (unreachable) throw new CookieWriteError(t('cookie_notSavedSentence', unreachable));
  const copy = original ? await readExact(port, original) : undefined;
  if (original && !copy) {
    throw new CookieWriteError(t('cookie_gone', isolateBidi(original.name)), [], 'cookie-gone');
  }
  let [wanted] = await inDefaultFirstParty(port, [
    inFirstPartyOf(canonicalDraft(request.draft), copy),
  ]);
  if (!wanted) throw new Error('unreachable: one draft in, one out');
  if (original && copy) {
    const merged = mergeEdit(original, wanted, copy);
    if ('conflicts' in merged)
      return { plan: 'conflict', current: copy, conflicts: merged.conflicts };
    wanted = merged.draft;
  }
  // Checked after the merge: what gets written is the user's changes on the current cookie.
  const issues = validateCookie(wanted, {
    nowSeconds,
    hostRules: publicSuffixRules,
    ...(copy ? { original: copy } : {}),
  });
  const blocking = blockingIssues(issues, request.confirmed === true);
  if (blocking.length > 0) {
    throw new CookieWriteError(t('cookie_notSavedSentence', blocking[0]?.message ?? ''), blocking);
  }
  const notes = issues.filter((i) => i.severity === 'note').map((i) => i.message);

  const plan = planEdit(copy, wanted);
  if (plan.kind === 'unchanged' && copy) return { plan: plan.kind, cookie: copy, notes };

  if (plan.kind === 'create' || plan.kind === 'move') {
    // Writing onto an existing identity would silently replace that other cookie.
    if (await readExact(port, wanted)) {
      throw new CookieWriteError(
        t('cookie_exists', isolateBidi(wanted.name), isolateBidi(`${wanted.domain}${wanted.path}`)),
        [
          {
            field: 'name',
            severity: 'error',
            message: t('cookie_existsField'),
          },
        ],
      );
    }
  }

  const restore = async () => {
    const stored = await readExact(port, wanted);
    if (plan.kind !== 'update' && stored) await deleteExactly(port, stored, nowSeconds);
    if (copy && plan.kind !== 'create') {
      const now = await readExact(port, copy);
      if (!now || storedDifferences(now, draftFromCookie(copy), nowSeconds).length > 0) {
        await port.set(setDetailsFor(draftFromCookie(copy)));
      }
    }
  };
  const fail = async (reason: string): Promise<never> => {
    let outcome = copy ? t('cookie_originalKept') : t('cookie_nothingSaved');
    try {
      await restore();
    } catch (error) {
      outcome = t('cookie_restoreFailed', messageOf(error));
    }
    // Two whole sentences: what went wrong, then what became of the original.
    throw new CookieWriteError(`${reason} ${outcome}`);
  };

  await hooks.beforeWrite?.({ current: copy, wanted, plan: plan.kind });
  try {
    await port.set(setDetailsFor(wanted));
  } catch (error) {
    return fail(t('cookie_notSavedBecause', messageOf(error)));
  }
  const stored = await readExact(port, wanted);
  if (!stored) return fail(t('cookie_notStored'));
  const differences = storedDifferences(stored, wanted, nowSeconds);
  if (differences.length > 0) {
    return fail(t('cookie_storedDifferent', differences.join(', ')));
  }

  if (plan.kind === 'move' && copy) {
    try {
      await deleteExactly(port, copy, nowSeconds);
    } catch (error) {
      return fail(t('cookie_oldNotRemoved', messageOf(error)));
    }
    if ((await readExact(port, copy)) || !(await readExact(port, wanted))) {
      return fail(t('cookie_moveMismatch'));
    }
  }

  return { plan: plan.kind, cookie: stored, notes };
}

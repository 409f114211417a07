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
  if (stored.value !== wanted.value) differences.push('value');
  if (stored.secure !== wanted.secure) differences.push('Secure');
  if (stored.httpOnly !== wanted.httpOnly) differences.push('HttpOnly');
  if (stored.sameSite !== wanted.sameSite) differences.push('SameSite');
  if (wanted.expirationDate === undefined) {
    if (!stored.session) differences.push('expiry (stored as persistent)');
  } else if (stored.session || stored.expirationDate === undefined) {
    differences.push('expiry (stored as a session cookie)');
  } else {
    const expected = Math.min(wanted.expirationDate, nowSeconds + maxExpirySeconds);
    if (Math.abs(stored.expirationDate - expected) > expiryTolerance) differences.push('expiry');
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
  if (unreachable) throw new CookieWriteError(`Not saved: ${unreachable}`);
  const copy = original ? await readExact(port, original) : undefined;
  if (original && !copy) {
    throw new CookieWriteError(
      `The cookie "${isolateBidi(original.name)}" no longer exists: it expired or was removed elsewhere. Nothing was saved.`,
      [],
      'cookie-gone',
    );
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
    throw new CookieWriteError(`Not saved: ${blocking[0]?.message}`, blocking);
  }
  const notes = issues.filter((i) => i.severity === 'note').map((i) => i.message);

  const plan = planEdit(copy, wanted);
  if (plan.kind === 'unchanged' && copy) return { plan: plan.kind, cookie: copy, notes };

  if (plan.kind === 'create' || plan.kind === 'move') {
    // Writing onto an existing identity would silently replace that other cookie.
    if (await readExact(port, wanted)) {
      throw new CookieWriteError(
        `A cookie named "${isolateBidi(wanted.name)}" already exists on ${isolateBidi(`${wanted.domain}${wanted.path}`)} in this partition. Edit that cookie instead; nothing was saved.`,
        [
          {
            field: 'name',
            severity: 'error',
            message: 'Another cookie already has this name, domain and path.',
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
    let outcome = copy ? ' The original cookie was kept as it was.' : ' Nothing was saved.';
    try {
      await restore();
    } catch (error) {
      outcome = ` Restoring the original failed too (${messageOf(error)}).`;
    }
    throw new CookieWriteError(`${reason}${outcome}`);
  };

  await hooks.beforeWrite?.({ current: copy, wanted, plan: plan.kind });
  try {
    await port.set(setDetailsFor(wanted));
  } catch (error) {
    return fail(`Not saved: ${messageOf(error)}.`);
  }
  const stored = await readExact(port, wanted);
  if (!stored) return fail('The browser did not store the cookie.');
  const differences = storedDifferences(stored, wanted, nowSeconds);
  if (differences.length > 0) {
    return fail(`The browser stored a different ${differences.join(', ')} than asked.`);
  }

  if (plan.kind === 'move' && copy) {
    try {
      await deleteExactly(port, copy, nowSeconds);
    } catch (error) {
      return fail(`The old cookie could not be removed: ${messageOf(error)}.`);
    }
    if ((await readExact(port, copy)) || !(await readExact(port, wanted))) {
      return fail('Removing the old cookie did not leave exactly the new one.');
    }
  }

  return { plan: plan.kind, cookie: stored, notes };
}

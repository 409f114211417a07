import { chromeCookieLimits } from '../cookies/browser-cookie-limits';
import { describeBrowserError } from '../cookies/browser-error-text';
import { type Cookie, draftFromCookie } from '../cookies/cookie';
import { identityKey } from '../cookies/cookie-identity';
import type { CookieStorePort } from '../cookies/cookie-store-port';
import { deleteAllExactly } from '../cookies/delete-exactly';
import { readStores } from '../cookies/read-exact';
import { bulkWriteConcurrency, runConcurrently } from '../cookies/run-concurrently';
import { storedDifferences } from '../cookies/save-cookie';
import { setDetailsFor } from '../cookies/set-details';
import { t } from '../i18n/t';
import { cookieLabel } from '../text/cookie-label';
import type { JournalChange, RecordedCookie } from './journal-entry';
import { changedAttributes, isRecordedState, isRedacted } from './recorded-cookie';

/**
 * `applied`: this call made the change. `already`: the browser already had the after state.
 * `kept`: the browser has neither state: something else changed the cookie meanwhile, and it
 * is left as it is. `expired`: the cookie to write had expired. `failed`: the browser refused.
 * `lost`: the value to write was not kept (an action the user ran without undo).
 */
export type ChangeStatus = 'applied' | 'already' | 'kept' | 'expired' | 'failed' | 'lost';

export interface ChangeOutcome {
  status: ChangeStatus;
  /** For everything but applied/already: what happened to this cookie, naming it. */
  reason?: string;
  /** For a cookie written: as the browser stored it. */
  cookie?: Cookie;
}

export interface ApplyOptions {
  nowSeconds: number;
  /** When the action started (seconds): an expiry the browser shortened since still matches. */
  since: number;
  /** Called after each write. */
  onProgress?: (written: number) => void;
}

const identityOfChange = (change: JournalChange): RecordedCookie => {
  const cookie = change.before ?? change.after;
  if (!cookie) throw new Error('A journal change has neither a before nor an after state.');
  return cookie;
};

function driftReason(change: JournalChange, current: Cookie | undefined, since: number): string {
  const cookie = identityOfChange(change);
  if (!current) return t('journal_driftDeleted', cookieLabel(cookie));
  if (!change.before) return t('journal_driftCreated', cookieLabel(cookie));
  const fields = changedAttributes(current, change.before, since).join(', ');
  return t('journal_driftChanged', cookieLabel(cookie), fields);
}

/**
 * Takes each identity from its `before` state to its `after` state, acting on what the browser
 * has when it runs: an identity already in its after state is left alone, one in neither state
 * (the site changed it meanwhile) is reported and kept. So the same call runs an action, finishes
 * one a stopped worker left half done, and (with before and after swapped) undoes one.
 * Writes come before removals: a rename cut off midway leaves the new cookie and the old one,
 * never neither, and running it again removes the old one.
 */
export async function applyChanges(
  port: CookieStorePort,
  changes: readonly JournalChange[],
  options: ApplyOptions,
): Promise<ChangeOutcome[]> {
  const { nowSeconds, since } = options;
  const outcomes: ChangeOutcome[] = [];
  const storeIds = changes.map((change) => identityOfChange(change).storeId);
  const present = await readStores(port, storeIds);
  const writes: { index: number; cookie: Cookie }[] = [];
  const removals: { index: number; cookie: Cookie }[] = [];
  changes.forEach((change, index) => {
    const cookie = identityOfChange(change);
    const current = present.get(identityKey(cookie));
    if (isRecordedState(current, change.after, since)) {
      outcomes[index] = { status: 'already' };
    } else if (!isRecordedState(current, change.before, since)) {
      outcomes[index] = { status: 'kept', reason: driftReason(change, current, since) };
    } else if (!change.after) {
      removals.push({ index, cookie: current as Cookie });
    } else if (isRedacted(change.after)) {
      outcomes[index] = {
        status: 'lost',
        reason: t('journal_lostValue', cookieLabel(cookie)),
      };
    } else if (
      change.after.expirationDate !== undefined &&
      !change.after.session &&
      change.after.expirationDate <= nowSeconds
    ) {
      outcomes[index] = {
        status: 'expired',
        reason: t('journal_expired', cookieLabel(cookie)),
      };
    } else {
      writes.push({ index, cookie: change.after });
    }
  });

  let written = 0;
  const progress = () => options.onProgress?.(++written);
  await runConcurrently(writes, bulkWriteConcurrency, async ({ index, cookie }) => {
    try {
      await port.set(setDetailsFor(draftFromCookie(cookie)));
    } catch (error) {
      outcomes[index] = {
        status: 'failed',
        reason: t('journal_notWritten', cookieLabel(cookie), describeBrowserError(error)),
      };
    }
    progress();
  });

  const { failures } = await deleteAllExactly(
    port,
    removals.map((r) => r.cookie),
    nowSeconds,
    progress,
  );
  const failedRemovals = new Map(failures.map((f) => [f.cookie, f.reason]));
  for (const { index, cookie } of removals) {
    const reason = failedRemovals.get(cookie);
    outcomes[index] = reason === undefined ? { status: 'applied' } : { status: 'failed', reason };
  }

  const pending = writes.filter(({ index }) => outcomes[index] === undefined);
  if (pending.length > 0) {
    const stored = await readStores(
      port,
      pending.map((w) => w.cookie.storeId),
    );
    for (const { index, cookie } of pending) {
      const back = stored.get(identityKey(cookie));
      if (!back) {
        // The write succeeded and the cookie is gone: what the browser does past its limits,
        // silently (it reports only `evicted` changes).
        outcomes[index] = { status: 'failed', reason: evictedReason(cookie) };
        continue;
      }
      const differences = storedDifferences(back, draftFromCookie(cookie), nowSeconds);
      outcomes[index] =
        differences.length === 0
          ? { status: 'applied', cookie: back }
          : {
              status: 'failed',
              reason: t('journal_storedDifferent', cookieLabel(cookie), differences.join(', ')),
            };
    }
  }
  return outcomes;
}

const { perSite, total } = chromeCookieLimits;

export function evictedReason(cookie: RecordedCookie): string {
  return t('journal_evicted', cookieLabel(cookie), perSite, total);
}

/** The same change, the other way: what an undo applies. */
export function reverseChange(change: JournalChange): JournalChange {
  return {
    ...(change.after ? { before: change.after } : {}),
    ...(change.before ? { after: change.before } : {}),
  };
}

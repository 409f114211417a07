import { formatLocalDateTime } from '../cookies/classify-lifetime';
import { type Cookie, cookieFromDraft, draftFromCookie } from '../cookies/cookie';
import { identityKey } from '../cookies/cookie-identity';
import { isolateBidi } from '../cookies/isolate-bidi';
import { canonicalDraft } from '../cookies/plan-edit';
import { blockingIssues, type HostRules, validateCookie } from '../cookies/validate-cookie';
import { t } from '../i18n/t';
import type { JournalChange } from '../journal/journal-entry';
import type { NewAction } from '../journal/journal-store';
import { isRecordedState } from '../journal/recorded-cookie';
import { cookieLabel } from '../text/cookie-label';
import { isInSnapshotScope, type SiteOf, type Snapshot } from './snapshot';

/** A snapshot cookie that is not written, and why. */
export interface RestoreNote {
  cookie: Cookie;
  reason: string;
}

export interface RestorePlan {
  /**
   * The undo journal's changes: each snapshot cookie to write (over the current one at its
   * identity, if any) and each current cookie to remove. Run as one recorded action.
   */
  changes: JournalChange[];
  /** Snapshot cookies the browser already has as saved: nothing to do. */
  unchanged: number;
  /**
   * Persistent cookies whose expiry has passed since the snapshot was saved: not written (the
   * browser would delete them at once), and any current cookie at their identity is removed.
   */
  expired: RestoreNote[];
  /** Cookies the browser would refuse (an edited file): not written; the current one is kept. */
  invalid: RestoreNote[];
  /** Cookies written with something the browser will change: an expiry beyond 400 days. */
  notes: string[];
}

/** What a restore plan depends on besides the cookies: the time and the browser's rules. */
export interface RestoreContext {
  nowMs: number;
  hostRules: HostRules;
  siteOf: SiteOf;
}

const expiredReason = (cookie: Cookie) =>
  t(
    'snapshot_expired',
    cookieLabel(cookie),
    formatLocalDateTime(new Date((cookie.expirationDate ?? 0) * 1000)),
  );

/**
 * The changes that make the browser's cookies exactly the snapshot's: for a site snapshot,
 * every current cookie of its sites and store that it does not hold is removed; every cookie
 * it holds is written as saved (a session cookie as a session cookie, the partition kept),
 * unless the browser already has it so. `current` may hold more than the snapshot's sites:
 * only those in its scope are touched.
 *
 * An expired persistent cookie is reported, not dropped silently, and the current cookie at
 * its identity removed: the saved account's cookie would have expired by now too, and keeping
 * the other account's would mix the two. A cookie that fails the browser's rules keeps the
 * current one, as nothing could replace it. Expiries beyond 400 days are written as saved and
 * shortened by the browser, as `validateCookie` notes; `applyChanges` counts the shortened
 * expiry as the one written.
 */
export function planRestore(
  snapshot: Snapshot,
  current: readonly Cookie[],
  { nowMs, hostRules, siteOf }: RestoreContext,
): RestorePlan {
  const nowSeconds = nowMs / 1000;
  const plan: RestorePlan = { changes: [], unchanged: 0, expired: [], invalid: [], notes: [] };
  // Every current cookie of the store, by identity: a snapshot cookie outside its sites (an
  // edited file) is still written over the cookie it replaces, never beside it.
  const present = new Map<string, Cookie>();
  for (const cookie of current) {
    if (cookie.storeId === snapshot.storeId && !present.has(identityKey(cookie))) {
      present.set(identityKey(cookie), cookie);
    }
  }
  /** Identities whose current cookie stays: written over, alike already, or not replaceable. */
  const kept = new Set<string>();
  /** Identities whose saved cookie expired: the current one goes in either scope. */
  const dead = new Set<string>();
  for (const saved of snapshot.cookies) {
    const draft = canonicalDraft(draftFromCookie({ ...saved, storeId: snapshot.storeId }));
    const after = cookieFromDraft(draft);
    const key = identityKey(after);
    if (kept.has(key) || dead.has(key)) continue;
    if (
      !after.session &&
      after.expirationDate !== undefined &&
      after.expirationDate <= nowSeconds
    ) {
      plan.expired.push({ cookie: after, reason: expiredReason(after) });
      dead.add(key);
      continue;
    }
    kept.add(key);
    const issues = validateCookie(draft, { nowSeconds, hostRules });
    const blocking = blockingIssues(issues, true);
    if (blocking.length > 0) {
      const reason = t(
        'snapshot_invalidCookie',
        cookieLabel(after),
        blocking.map((i) => i.message).join(' '),
      );
      plan.invalid.push({ cookie: after, reason });
      continue;
    }
    if (issues.some((i) => i.field === 'expirationDate' && i.severity === 'note')) {
      plan.notes.push(t('snapshot_expiryShortened', cookieLabel(after)));
    }
    const now = present.get(key);
    if (now && isRecordedState(now, after, nowSeconds)) plan.unchanged++;
    else plan.changes.push(now ? { before: now, after } : { after });
  }
  for (const [key, cookie] of present) {
    const removable = snapshot.scope === 'sites' ? !kept.has(key) : dead.has(key);
    if (!isInSnapshotScope(snapshot, cookie, siteOf) && !dead.has(key)) continue;
    if (removable) plan.changes.push({ before: cookie });
  }
  return plan;
}

/** The history entry a restore runs as (`runRecorded`): one action, undone as one. */
export function restoreAction(snapshot: Snapshot, plan: RestorePlan, nowMs: number): NewAction {
  return {
    kind: 'restore',
    label: t('snapshot_restoreLabel', isolateBidi(snapshot.name)),
    changes: plan.changes,
    time: nowMs,
  };
}

import type { Cookie } from '../cookies/cookie';
import { identityKey } from '../cookies/cookie-identity';
import type { JournalChange } from '../journal/journal-entry';
import { isRecordedState } from '../journal/recorded-cookie';
import { blockOf, type ProtectionRules, type ProtectRule } from './protection-rules';

export interface WakePlan {
  /**
   * Protected cookies changed or deleted while the worker was not running: from their state
   * now to the protected one, for `applyChanges` (which writes only if the browser still has
   * the state read, so a change meanwhile is decided by its own event).
   */
  restores: JournalChange[];
  /** Blocked cookies set meanwhile: from their state now to none. */
  removals: JournalChange[];
  /** Protected cookies whose expiry passed: not fought (the rule can go). */
  expired: ProtectRule[];
  /** Protected session cookies gone with the browser session: the browser ended them. */
  sessionEnded: ProtectRule[];
  /** Rules of a store there is no longer (a private window closed): left for later. */
  storeGone: ProtectRule[];
}

export interface WakeOptions {
  nowMs: number;
  /** The browser itself started (not just the worker): session cookies ended by design. */
  browserStarted: boolean;
  /** The stores there are now; `current` holds all their cookies. */
  storeIds: readonly string[];
}

/**
 * After a worker (or browser) start, what happened to the protected and blocked cookies while
 * no event could be seen: compares each protected cookie with the browser's at its identity,
 * and looks for blocked cookies. Own writes need no care here: none ran while asleep.
 */
export function planWake(
  rules: ProtectionRules,
  current: readonly Cookie[],
  options: WakeOptions,
): WakePlan {
  const plan: WakePlan = {
    restores: [],
    removals: [],
    expired: [],
    sessionEnded: [],
    storeGone: [],
  };
  const nowSeconds = options.nowMs / 1000;
  const present = new Map(current.map((cookie) => [identityKey(cookie), cookie]));
  const protectedKeys = new Set<string>();
  for (const rule of rules.protect) {
    const { cookie } = rule;
    protectedKeys.add(identityKey(cookie));
    if (!options.storeIds.includes(cookie.storeId)) {
      plan.storeGone.push(rule);
      continue;
    }
    if (
      !cookie.session &&
      cookie.expirationDate !== undefined &&
      cookie.expirationDate <= nowSeconds
    ) {
      plan.expired.push(rule);
      continue;
    }
    const now = present.get(identityKey(cookie));
    if (now && isRecordedState(now, cookie, nowSeconds)) continue;
    if (!now && cookie.session && options.browserStarted) {
      plan.sessionEnded.push(rule);
      continue;
    }
    plan.restores.push(now ? { before: now, after: cookie } : { after: cookie });
  }
  for (const cookie of current) {
    if (!protectedKeys.has(identityKey(cookie)) && blockOf(rules, cookie)) {
      plan.removals.push({ before: cookie });
    }
  }
  return plan;
}

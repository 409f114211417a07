import type { Cookie } from '../cookies/cookie';
import { isRecordedState } from '../journal/recorded-cookie';
import type { CookieChange } from '../protocol/cookie-protocol';
import {
  type BlockRule,
  blockOf,
  type ProtectionRules,
  type ProtectRule,
  protectionOf,
} from './protection-rules';

/**
 * Why a change is left alone. `overwrite`: the old cookie's half of a replacement; the new
 * cookie's event follows and is decided then. `expired`: a protected cookie's expiry is not
 * fought. `unchanged`: set as protected (the extension's own restore, or a site setting the
 * same state again).
 */
export type LeaveReason = 'unrelated' | 'overwrite' | 'expired' | 'unchanged';

export type ProtectionDecision =
  /** Write `cookie`, the exact protected state, back. */
  | { action: 'restore'; cookie: Cookie; rule: ProtectRule }
  /** Remove `cookie` (exactly that identity): it is blocked. */
  | { action: 'remove'; cookie: Cookie; rule: BlockRule }
  | { action: 'leave'; reason: LeaveReason };

const leave = (reason: LeaveReason): ProtectionDecision => ({ action: 'leave', reason });

const hasExpired = (cookie: Cookie, nowSeconds: number) =>
  !cookie.session && cookie.expirationDate !== undefined && cookie.expirationDate <= nowSeconds;

/**
 * What the background does about one cookie change event, given the rules (which hold the
 * protected state). Chromium reports a replacement as the old cookie removed (`overwrite`)
 * then the new one set (`explicit`); a deletion as `explicit` (the cookies API, DevTools,
 * another extension) or `expired_overwrite` (a Set-Cookie or `document.cookie` with a past
 * expiry); `expired` when the cookie's own time ran out; `evicted` when the browser made room.
 * A protected cookie is put back after all but its own expiry (eviction included: the user
 * chose to keep it over the browser's least recently used one). A cookie both protected and
 * blocked is protected: protection names the exact cookie, blocking a pattern.
 *
 * Whether the extension made the change (`byExtension`) is deliberately not asked. Its own
 * fixes cannot loop without it: a restore's events are an `overwrite` and the protected state
 * itself, a removal's are removals. And the background credits to itself any change of the
 * same name, domain and path within two seconds of its write (own-writes.ts), so a site that
 * sets the cookie again in answer to a restore, the very loop to stop, would be credited to
 * the extension and win. An edit of a protected cookie by the extension's own pages is not
 * expected (they ask to unprotect first); one that happens is undone like any other.
 */
export function decideOnChange(
  rules: ProtectionRules,
  change: Pick<CookieChange, 'removed' | 'cause' | 'cookie'>,
  nowMs: number,
): ProtectionDecision {
  const { cookie } = change;
  const protect = protectionOf(rules, cookie);
  const block = protect ? undefined : !change.removed && blockOf(rules, cookie);
  if (!protect && !block) return leave('unrelated');
  if (block) return { action: 'remove', cookie, rule: block };
  const rule = protect as ProtectRule;
  const nowSeconds = nowMs / 1000;
  if (hasExpired(rule.cookie, nowSeconds)) return leave('expired');
  if (change.removed) {
    if (change.cause === 'overwrite') return leave('overwrite');
    if (change.cause === 'expired') return leave('expired');
    return { action: 'restore', cookie: rule.cookie, rule };
  }
  if (isRecordedState(cookie, rule.cookie, nowSeconds)) return leave('unchanged');
  return { action: 'restore', cookie: rule.cookie, rule };
}

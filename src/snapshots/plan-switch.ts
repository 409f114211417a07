import type { Cookie } from '../cookies/cookie';
import { planRestore, type RestoreContext, type RestorePlan } from './plan-restore';
import { resaveSnapshot, type Snapshot } from './snapshot';

export interface SwitchPlan {
  /** `from` holding the cookies there are now: store it before running the restore. */
  saved: Snapshot;
  /** What makes the cookies `to`'s. */
  restore: RestorePlan;
}

/**
 * "Switch" from one saved state to another (say, from one test account to the next): save the
 * current cookies under `from`, then restore `to`. Both from the same reading of `current`, so
 * the state saved is the state the restore replaces. Saving first means a restore that fails
 * midway loses nothing: `from` holds what was there.
 */
export function planSwitch(
  from: Snapshot,
  to: Snapshot,
  current: readonly Cookie[],
  context: RestoreContext,
): SwitchPlan {
  return {
    saved: resaveSnapshot(from, current, context.nowMs, context.siteOf),
    restore: planRestore(to, current, context),
  };
}

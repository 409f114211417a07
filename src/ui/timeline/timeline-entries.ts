import { t } from '../../i18n/t';
import type { ChangeCause, CookieChange, ProtectionVerdict } from '../../protocol/cookie-protocol';

export type TimelineAction =
  | 'created'
  | 'changed'
  | 'deleted'
  | 'expired'
  | 'evicted'
  | 'overwritten';

export type Attribution =
  /** Still waiting for the network log, which may report the response a little later. */
  | { kind: 'pending' }
  | { kind: 'request'; requestId: number; method: string; url: string; status: number }
  | { kind: 'script' }
  /** No network log to tell a response from a script (the panel page outside DevTools). */
  | { kind: 'unknown' }
  | { kind: 'extension' }
  | { kind: 'browser' };

export interface TimelineEntry {
  id: number;
  time: number;
  action: TimelineAction;
  cause: ChangeCause;
  name: string;
  domain: string;
  path: string;
  storeId: string;
  /** A partitioned (CHIPS) cookie's top-level site. */
  partitionSite?: string;
  oldValue?: string;
  newValue?: string;
  attribution: Attribution;
  /** What the background did about this change because of a protect or block rule. */
  protection?: ProtectionVerdict;
}

/**
 * How close in time two events must be to belong together: a request and the change its
 * Set-Cookie made, and an overwrite and the add that follows it (one "changed" entry).
 */
export const attributionWindowMs = 3000;

/**
 * How long a change waits for the network log before it is called "set by script". DevTools
 * reports a request only once its body is read, and a busy machine delays it by seconds; a
 * request that comes later still takes over the guess (its own timestamps decide).
 */
export const scriptVerdictDelayMs = 5000;

const removalAction: Record<ChangeCause, TimelineAction> = {
  explicit: 'deleted',
  overwrite: 'overwritten',
  expired: 'expired',
  evicted: 'evicted',
  // Writing an expiry in the past: how Set-Cookie, document.cookie and this extension delete.
  expired_overwrite: 'deleted',
};

// The cookie's identity (cookie-identity.ts), from what an entry keeps of it.
const sameCookie = (entry: TimelineEntry, change: CookieChange) =>
  entry.name === change.cookie.name &&
  entry.domain === change.cookie.domain &&
  entry.path === change.cookie.path &&
  entry.storeId === change.cookie.storeId &&
  entry.partitionSite === change.cookie.partitionKey?.topLevelSite;

/**
 * Appends a batch of cookie changes to the timeline. An edit arrives as two events, the old
 * cookie removed (`overwrite`) then the new one added: they become one "changed" entry with the
 * old and the new value.
 */
export function appendChanges(
  entries: TimelineEntry[],
  changes: CookieChange[],
  nextId: () => number,
): TimelineEntry[] {
  const result = [...entries];
  for (const change of changes) {
    const { cookie } = change;
    if (!change.removed) {
      const index = result.findLastIndex(
        (e) => e.action === 'overwritten' && e.newValue === undefined && sameCookie(e, change),
      );
      const previous = result[index];
      if (previous && change.time - previous.time <= attributionWindowMs) {
        // Whatever was guessed for the overwrite alone is decided again with the new value.
        result[index] = {
          ...previous,
          action: 'changed',
          newValue: cookie.value,
          cause: change.cause,
          attribution: change.byExtension ? { kind: 'extension' } : { kind: 'pending' },
          ...(change.protection && { protection: change.protection }),
        };
        continue;
      }
    }
    const action: TimelineAction = change.removed ? removalAction[change.cause] : 'created';
    const entry: TimelineEntry = {
      id: nextId(),
      time: change.time,
      action,
      cause: change.cause,
      name: cookie.name,
      domain: cookie.domain,
      path: cookie.path,
      storeId: cookie.storeId,
      ...(cookie.partitionKey?.topLevelSite !== undefined && {
        partitionSite: cookie.partitionKey.topLevelSite,
      }),
      attribution: change.byExtension
        ? { kind: 'extension' }
        : action === 'expired' || action === 'evicted'
          ? { kind: 'browser' }
          : { kind: 'pending' },
      ...(change.protection && { protection: change.protection }),
    };
    if (change.removed) entry.oldValue = cookie.value;
    else entry.newValue = cookie.value;
    result.push(entry);
  }
  return result;
}

export function describeAttribution({ attribution, action }: TimelineEntry): string {
  switch (attribution.kind) {
    case 'pending':
      return '…';
    case 'request':
      // Protocol text (method, url, status), the same in every language.
      return `${attribution.method} ${attribution.url} (${attribution.status})`;
    case 'script':
      return action === 'deleted' ? t('timeline_deletedByScript') : t('timeline_setByScript');
    case 'unknown':
      return t('timeline_sourceUnknown');
    case 'extension':
      return t('timeline_byExtension');
    case 'browser':
      return t('timeline_byBrowser');
  }
}

/** What the background did about a change, as the timeline says it. */
export function describeProtection(verdict: ProtectionVerdict): string {
  switch (verdict) {
    case 'restored':
      return t('timeline_restored');
    case 'blocked':
      return t('timeline_blocked');
    case 'left-looping':
      return t('timeline_leftLooping');
  }
}

/** An entry's action as the timeline shows it (`data-action` keeps the identifier). */
export function describeAction(action: TimelineAction): string {
  switch (action) {
    case 'created':
      return t('timeline_created');
    case 'changed':
      return t('timeline_changed');
    case 'deleted':
      return t('timeline_deleted');
    case 'expired':
      return t('timeline_expiredAction');
    case 'evicted':
      return t('timeline_evicted');
    case 'overwritten':
      return t('timeline_overwritten');
  }
}

import type { Cookie } from '../cookies/cookie';
import type { ChangeCause, CookieChange, ProtectionVerdict } from '../protocol/cookie-protocol';
import type { OwnWrites } from './own-writes';

// A page setting 100 cookies at once fires 100 events: relay them as one batch per tick.
export const changeBatchDelayMs = 20;

export interface BrowserCookieChange {
  removed: boolean;
  cause: ChangeCause;
  cookie: Cookie;
  /** When the browser reported it, if not now (ms since the epoch). */
  time?: number;
  /** Whether this extension made it, if judged when it happened. */
  byExtension?: boolean;
  protection?: ProtectionVerdict;
}

/**
 * Collects the browser's cookie change events, stamps each with its time and whether this
 * extension made it, and hands them on in batches.
 */
export function createChangeBatches(options: {
  ownWrites: Pick<OwnWrites, 'isOwn'>;
  now: () => number;
  send: (changes: CookieChange[]) => void;
  schedule?: (flush: () => void) => void;
}): (change: BrowserCookieChange) => void {
  const schedule = options.schedule ?? ((flush) => setTimeout(flush, changeBatchDelayMs));
  let pending: CookieChange[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const batch = pending;
    pending = [];
    options.send(batch);
  };
  return ({ removed, cause, cookie, time, byExtension, protection }) => {
    pending.push({
      removed,
      cause,
      cookie,
      time: time ?? options.now(),
      byExtension: byExtension ?? options.ownWrites.isOwn(cookie),
      ...(protection ? { protection } : {}),
    });
    if (!scheduled) {
      scheduled = true;
      schedule(flush);
    }
  };
}

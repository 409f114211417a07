import type { Cookie } from '../cookies/cookie';
import { cookieHost } from '../cookies/cookie';
import type { SetDetails } from '../cookies/set-details';

// A write's onChanged events arrive within milliseconds; two seconds is generous and still
// too short to mistake a later change by the page for ours.
export const ownWriteWindowMs = 2000;
// Pruned only when large, so a bulk write of thousands of cookies stays linear.
const pruneAbove = 10_000;

export type OwnWriteDetails = Pick<SetDetails, 'url' | 'name' | 'storeId'> & {
  domain?: string;
  path?: string;
};

/** Remembers the extension's own writes for a moment, so their change events can say so. */
export interface OwnWrites {
  /** Notes that this extension is about to write (or remove) this cookie. */
  note(details: OwnWriteDetails): void;
  isOwn(cookie: Pick<Cookie, 'storeId' | 'name' | 'domain' | 'path'>): boolean;
}

export function createOwnWrites(now: () => number): OwnWrites {
  const recent = new Map<string, number>();
  const key = (storeId: string, name: string, host: string, path: string) =>
    JSON.stringify([storeId, name, cookieHost({ domain: host }).toLowerCase(), path]);
  return {
    note(details) {
      const url = new URL(details.url);
      const at = now();
      if (recent.size > pruneAbove)
        for (const [k, time] of recent) if (at - time > ownWriteWindowMs) recent.delete(k);
      recent.set(
        key(
          details.storeId,
          details.name,
          details.domain ?? url.hostname,
          details.path ?? url.pathname,
        ),
        at,
      );
    },
    isOwn(cookie) {
      const at = recent.get(key(cookie.storeId, cookie.name, cookie.domain, cookie.path));
      return at !== undefined && now() - at <= ownWriteWindowMs;
    },
  };
}

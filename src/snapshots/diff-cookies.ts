import type { Cookie } from '../cookies/cookie';
import { identityKey } from '../cookies/cookie-identity';
import { type AttributeChange, attributeChanges } from '../journal/change-summary';
import { isInSnapshotScope, type SiteOf, type Snapshot } from './snapshot';

export interface ChangedCookie {
  before: Cookie;
  after: Cookie;
  /** Each attribute that differs, old → new, as the history words them (values cut). */
  attributes: AttributeChange[];
}

/** How one set of cookies becomes another, per cookie identity. */
export interface CookieDiff {
  /** Only in `after`. */
  added: Cookie[];
  /** Only in `before`. */
  removed: Cookie[];
  /** In both, with other attributes. */
  changed: ChangedCookie[];
  /** In both, alike. */
  unchanged: Cookie[];
}

function byIdentity(cookies: readonly Cookie[]): Map<string, Cookie> {
  const map = new Map<string, Cookie>();
  // The first of a repeated identity counts, as in an import.
  for (const cookie of cookies)
    if (!map.has(identityKey(cookie))) map.set(identityKey(cookie), cookie);
  return map;
}

/**
 * Per cookie identity (name, host, host-only, path, store, partition), what is added, removed
 * and changed from `before` to `after`. Same name on two paths is two cookies, never a change.
 * The attributes compared, and their wording, are the history's (`attributeChanges`), so a
 * preview and the history entry it becomes say the same thing.
 */
export function diffCookies(before: readonly Cookie[], after: readonly Cookie[]): CookieDiff {
  const old = byIdentity(before);
  const now = byIdentity(after);
  const diff: CookieDiff = { added: [], removed: [], changed: [], unchanged: [] };
  for (const [key, cookie] of old) {
    const next = now.get(key);
    if (!next) {
      diff.removed.push(cookie);
      continue;
    }
    const attributes = attributeChanges(cookie, next);
    if (attributes.length === 0) diff.unchanged.push(next);
    else diff.changed.push({ before: cookie, after: next, attributes });
  }
  for (const [key, cookie] of now) if (!old.has(key)) diff.added.push(cookie);
  return diff;
}

/**
 * What restoring the snapshot would do to the cookies there are now: `removed` are current
 * cookies the snapshot does not hold (a restore of a site snapshot deletes them; one of a
 * selection leaves them, so they are not listed), `added` the snapshot's missing now.
 */
export function diffSnapshotWithCurrent(
  snapshot: Snapshot,
  current: readonly Cookie[],
  siteOf: SiteOf,
): CookieDiff {
  const inScope = current.filter((cookie) => isInSnapshotScope(snapshot, cookie, siteOf));
  if (snapshot.scope === 'sites') return diffCookies(inScope, snapshot.cookies);
  const held = new Set(snapshot.cookies.map(identityKey));
  return diffCookies(
    inScope.filter((cookie) => held.has(identityKey(cookie))),
    snapshot.cookies,
  );
}

/** From one snapshot to another: what switching from `from` to `to` changes. */
export function diffSnapshots(from: Snapshot, to: Snapshot): CookieDiff {
  return diffCookies(from.cookies, to.cookies);
}

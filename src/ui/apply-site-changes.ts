import type { Cookie } from '../cookies/cookie';
import { identityKey } from '../cookies/cookie-identity';
import { belongsToSite } from '../cookies/cookie-matching';
import type { CookieChange } from '../protocol/cookie-protocol';

/**
 * A site's list after the change feed's changes, in their order: each change names the whole
 * cookie, so the list follows the browser without asking it again (a re-read was a round trip
 * per burst, most of the time a live change took to show). A cookie keeps its place when it is
 * rewritten (the browser reports an overwrite as removed, then added); a new one comes last.
 * Undefined when nothing on this site and store changed.
 */
export function applySiteChanges(
  cookies: readonly Cookie[],
  changes: readonly CookieChange[],
  site: string,
  storeId: string,
): Cookie[] | undefined {
  const relevant = changes.filter(
    (c) => c.cookie.storeId === storeId && belongsToSite(c.cookie, site),
  );
  if (relevant.length === 0) return undefined;
  // null: removed, holding its place in case the same batch adds it back (a rewrite).
  const byKey = new Map<string, Cookie | null>(
    cookies.map((cookie) => [identityKey(cookie), cookie]),
  );
  for (const { cookie, removed } of relevant) {
    const key = identityKey(cookie);
    if (removed) {
      if (byKey.has(key)) byKey.set(key, null);
    } else {
      byKey.set(key, cookie);
    }
  }
  return [...byKey.values()].filter((cookie): cookie is Cookie => cookie !== null);
}

/**
 * Whether two lists hold the same cookies with the same attributes, in any order: the section
 * sorts what it shows, and the browser's order (path length, then creation) is not the order
 * changes were applied in, so a confirming read that found nothing new must not re-render.
 */
export function sameCookieList(a: readonly Cookie[], b: readonly Cookie[]): boolean {
  if (a.length !== b.length) return false;
  const byKey = (list: readonly Cookie[]) =>
    new Map(list.map((cookie) => [identityKey(cookie), JSON.stringify(cookie)]));
  const shown = byKey(a);
  const read = byKey(b);
  return shown.size === read.size && [...read].every(([key, cookie]) => shown.get(key) === cookie);
}

import type { Cookie } from '../../cookies/cookie';
import type { CookieChange } from '../../protocol/cookie-protocol';
import { cookieKey } from './cookie-key';
import { sameCookie } from './reuse-unchanged';

/**
 * The listing after a batch of the change feed, without asking the browser again: each change
 * removes, or adds or replaces, the one cookie of its identity, in the order they happened.
 * Chrome reports an edit as removed (cause `overwrite`) then added; Firefox may put the new
 * cookie in both, which comes to the same. A cookie that ends as it was keeps its object (and
 * its place), so memoised rows do not render again; if nothing changed, `cookies` itself comes
 * back.
 */
export function applyCookieChanges(
  cookies: readonly Cookie[],
  changes: readonly CookieChange[],
): readonly Cookie[] {
  if (changes.length === 0) return cookies;
  const before = new Map<string, Cookie>();
  for (const cookie of cookies) before.set(cookieKey(cookie), cookie);
  // `undefined` marks a removed cookie and keeps its place, should it come back in this batch.
  const after = new Map<string, Cookie | undefined>(before);
  for (const { removed, cookie } of changes) {
    const key = cookieKey(cookie);
    if (removed) {
      if (after.get(key) !== undefined) after.set(key, undefined);
      continue;
    }
    const old = after.get(key) ?? before.get(key);
    after.set(key, old && sameCookie(old, cookie) ? old : cookie);
  }
  const next: Cookie[] = [];
  for (const cookie of after.values()) if (cookie) next.push(cookie);
  const unchanged = next.length === cookies.length && next.every((c, i) => c === cookies[i]);
  return unchanged ? cookies : next;
}

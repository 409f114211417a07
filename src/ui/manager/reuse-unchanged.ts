import type { Cookie } from '../../cookies/cookie';
import { cookieKey } from './cookie-key';

/** Same value and attributes, for two cookies of the same identity (the key). */
export const sameCookie = (a: Cookie, b: Cookie) =>
  a.value === b.value &&
  a.secure === b.secure &&
  a.httpOnly === b.httpOnly &&
  a.sameSite === b.sameSite &&
  a.session === b.session &&
  a.expirationDate === b.expirationDate &&
  // The rest of the identity is in the key; hasCrossSiteAncestor too.
  a.domain === b.domain;

/**
 * A fresh listing, with each unchanged cookie replaced by the object from the previous one.
 * Rows are memoised on the cookie object, so after a live re-list only the changed rows render
 * again; when nothing changed at all the previous array itself comes back and nothing renders.
 */
export function reuseUnchanged(
  previous: readonly Cookie[],
  next: readonly Cookie[],
): readonly Cookie[] {
  const known = new Map(previous.map((cookie) => [cookieKey(cookie), cookie]));
  let same = previous.length === next.length;
  const merged = next.map((cookie, index) => {
    const old = known.get(cookieKey(cookie));
    if (old && sameCookie(old, cookie)) {
      if (previous[index] !== old) same = false;
      return old;
    }
    same = false;
    return cookie;
  });
  return same ? previous : merged;
}

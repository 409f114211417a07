import type { Cookie } from '../../cookies/cookie';
import { identityKey } from '../../cookies/cookie-identity';

/**
 * The id of the pane showing `cookie`, which its row names in aria-controls. Made from the
 * cookie, not fixed: the DevTools panel has a table and a pane per frame's site. A hash, as
 * the identity holds spaces and any text, and an IDREF cannot. Apart from the pane's code, so
 * that a row can name the pane before that code is loaded (lazy-cookie-details.tsx).
 */
export function detailsPaneId(cookie: Cookie): string {
  let hash = 0x811c9dc5;
  for (const char of identityKey(cookie)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return `cookie-details-${(hash >>> 0).toString(36)}`;
}

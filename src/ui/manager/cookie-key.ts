import type { Cookie } from '../../cookies/cookie';
import { identityKey } from '../../cookies/cookie-identity';

// identityKey serialises seven fields; the list asks for the key of every cookie on every
// keystroke (selection, row keys), so each cookie object computes it once.
const keys = new WeakMap<Cookie, string>();

/** The cookie's identity as a string (equal exactly for the same cookie), cached per object. */
export function cookieKey(cookie: Cookie): string {
  let key = keys.get(cookie);
  if (key === undefined) {
    key = identityKey(cookie);
    keys.set(cookie, key);
  }
  return key;
}

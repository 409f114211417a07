import type { Cookie, CookieDraft } from './cookie';
import { identityKey } from './cookie-identity';
import type { CookieStorePort } from './cookie-store-port';
import { readBackQuery } from './set-details';

/** The stored cookie with exactly this identity, if there is one. */
export async function readExact(
  port: CookieStorePort,
  target: Cookie | CookieDraft,
): Promise<Cookie | undefined> {
  const key = identityKey(target);
  const candidates = await port.getAll(readBackQuery(target));
  return candidates.find((cookie) => identityKey(cookie) === key);
}

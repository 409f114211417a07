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

/**
 * Every cookie of these stores (all partitions), by identity: one read for a bulk action's
 * before or after, instead of one per cookie.
 */
export async function readStores(
  port: CookieStorePort,
  storeIds: Iterable<string>,
): Promise<Map<string, Cookie>> {
  const byIdentity = new Map<string, Cookie>();
  for (const storeId of new Set(storeIds)) {
    for (const cookie of await port.getAll({ storeId, partitionKey: {} }))
      byIdentity.set(identityKey(cookie), cookie);
  }
  return byIdentity;
}

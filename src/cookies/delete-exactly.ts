import { t } from '../i18n/t';
import { describeBrowserError } from './browser-error-text';
import { type Cookie, draftFromCookie } from './cookie';
import { identityKey } from './cookie-identity';
import type { CookieStorePort } from './cookie-store-port';
import { cookieUrl } from './cookie-url';
import { CookieWriteError } from './cookie-write-error';
import { isolateBidi } from './isolate-bidi';
import { rawPathReason } from './raw-path';
import { readExact, readStores } from './read-exact';
import { bulkWriteConcurrency, runConcurrently } from './run-concurrently';
import { expireDetailsFor, setDetailsFor } from './set-details';

/**
 * Deletes this one cookie and nothing else. The exact way is to write its identity with a past
 * expiry. If the browser refuses that write (a name or value it can no longer parse), fall back
 * to `remove`, which also deletes same-name cookies on parent paths and the domain, and put
 * those back as they were.
 */
export async function deleteExactly(
  port: CookieStorePort,
  cookie: Cookie,
  nowSeconds: number,
): Promise<void> {
  try {
    await port.set(expireDetailsFor(cookie, nowSeconds));
  } catch {
    // handled by the fallback below
  }
  if (!(await readExact(port, cookie))) return;

  const url = cookieUrl(draftFromCookie(cookie));
  const partition = {
    ...(cookie.partitionKey && { partitionKey: cookie.partitionKey }),
    ...(cookie.firstPartyDomain !== undefined && { firstPartyDomain: cookie.firstPartyDomain }),
  };
  const key = identityKey(cookie);
  // Chrome's remove() with a partition key also removes the unpartitioned same-name cookie
  // (pinned in e2e/cookie-semantics.spec.ts): keep every partition's siblings to restore.
  const siblings = (
    await port.getAll({
      url,
      name: cookie.name,
      storeId: cookie.storeId,
      partitionKey: {},
      ...(cookie.firstPartyDomain !== undefined && { firstPartyDomain: cookie.firstPartyDomain }),
    })
  ).filter((c) => identityKey(c) !== key);
  await port.remove({ url, name: cookie.name, storeId: cookie.storeId, ...partition });
  for (const sibling of siblings) {
    if (!(await readExact(port, sibling))) await port.set(setDetailsFor(draftFromCookie(sibling)));
  }
  if (await readExact(port, cookie)) {
    throw new CookieWriteError(
      rawPathReason(cookie.path) ?? t('cookie_notDeleted', isolateBidi(cookie.name)),
    );
  }
}

/** A cookie a bulk delete could not remove, and why in words. */
export interface DeleteFailure {
  cookie: Cookie;
  reason: string;
}

/**
 * Deletes each cookie exactly; returns how many went and those that did not, with why.
 * Every cookie is expired by one write, then the store is read once to find any survivor,
 * which gets the careful one-by-one path: a bulk delete costs about one write per cookie.
 */
export async function deleteAllExactly(
  port: CookieStorePort,
  cookies: readonly Cookie[],
  nowSeconds: number,
  onWritten?: () => void,
): Promise<{ deleted: number; failures: DeleteFailure[] }> {
  if (cookies.length === 0) return { deleted: 0, failures: [] };
  await runConcurrently(cookies, bulkWriteConcurrency, async (cookie) => {
    try {
      await port.set(expireDetailsFor(cookie, nowSeconds));
    } catch {
      // the survivor check below takes it the careful way
    }
    onWritten?.();
  });
  const remaining = await readStores(
    port,
    cookies.map((c) => c.storeId),
  );
  let deleted = 0;
  const failures: DeleteFailure[] = [];
  for (const cookie of cookies) {
    if (!remaining.has(identityKey(cookie))) {
      deleted++;
      continue;
    }
    try {
      await deleteExactly(port, cookie, nowSeconds);
      deleted++;
    } catch (error) {
      failures.push({
        cookie,
        reason: error instanceof CookieWriteError ? error.message : describeBrowserError(error),
      });
    }
  }
  return { deleted, failures };
}

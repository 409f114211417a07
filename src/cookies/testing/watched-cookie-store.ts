import type { Cookie } from '../cookie';
import { identityKey } from '../cookie-identity';
import type { CookieStorePort } from '../cookie-store-port';
import type { FakeCookieStore } from './fake-cookie-store';

export interface StoreChange {
  removed: boolean;
  cause: 'explicit' | 'overwrite';
  cookie: Cookie;
}

/**
 * The fake store with the browser's `cookies.onChanged`: every write through it reports what it
 * changed, in Chrome's order (an overwrite is the old cookie removed, then the new one added).
 */
export function watchedCookieStore(
  store: FakeCookieStore,
  onChange: (change: StoreChange) => void,
): CookieStorePort {
  const reporting =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const before = new Map(store.cookies.map((c) => [identityKey(c), c]));
      const result = await write(...args);
      const after = new Map(store.cookies.map((c) => [identityKey(c), c]));
      for (const [key, old] of before) {
        const now = after.get(key);
        if (!now) onChange({ removed: true, cause: 'explicit', cookie: old });
        else if (JSON.stringify(now) !== JSON.stringify(old)) {
          onChange({ removed: true, cause: 'overwrite', cookie: old });
          onChange({ removed: false, cause: 'explicit', cookie: now });
        }
      }
      for (const [key, now] of after)
        if (!before.has(key)) onChange({ removed: false, cause: 'explicit', cookie: now });
      return result;
    };
  return {
    set: reporting((details) => store.set(details)),
    getAll: (query) => store.getAll(query),
    remove: reporting((details) => store.remove(details)),
  };
}

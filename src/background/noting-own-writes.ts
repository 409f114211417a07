import type { CookieStorePort } from '../cookies/cookie-store-port';
import type { OwnWrites } from './own-writes';

/** The store, noting each write before it is made so its change events are credited to us. */
export function notingOwnWrites(store: CookieStorePort, ownWrites: OwnWrites): CookieStorePort {
  return {
    set(details) {
      ownWrites.note(details);
      return store.set(details);
    },
    getAll: (query) => store.getAll(query),
    remove(details) {
      ownWrites.note(details);
      return store.remove(details);
    },
    // Optional questions pass through too: dropping one would make Firefox's first-party
    // isolation look off, and every new cookie would then be refused.
    ...(store.isolatesFirstParties && {
      isolatesFirstParties: () => store.isolatesFirstParties?.() ?? Promise.resolve(false),
    }),
  };
}

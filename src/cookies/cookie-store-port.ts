import type { Cookie } from './cookie';
import type { CookieQuery, SetDetails } from './set-details';

/**
 * The three cookie-store calls the write logic needs. The background implements it with the
 * browser's cookies API; unit tests implement it with an in-memory store.
 */
export interface CookieStorePort {
  /** Resolves with the cookie the browser reports back, or null. Rejects with the browser's error. */
  set(details: SetDetails): Promise<Cookie | null>;
  getAll(query: CookieQuery): Promise<Cookie[]>;
  remove(details: {
    url: string;
    name: string;
    storeId: string;
    partitionKey?: Cookie['partitionKey'];
    firstPartyDomain?: string;
  }): Promise<void>;
  /**
   * Firefox only: whether first-party isolation is on now (every cookie then needs a
   * firstPartyDomain). Absent where the browser has no first parties.
   */
  isolatesFirstParties?(): Promise<boolean>;
}

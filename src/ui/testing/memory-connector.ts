import { createChangeBatches } from '../../background/change-batches';
import { createOwnWrites } from '../../background/own-writes';
import { createProtocolHandlers } from '../../background/protocol-handlers';
import { fakeBrowserFacts } from '../../background/testing/fake-browser-facts';
import { MemoryRulesArea } from '../../background/testing/memory-rules-area';
import { type Cookie, draftFromCookie } from '../../cookies/cookie';
import { setDetailsFor } from '../../cookies/set-details';
import { FakeCookieStore } from '../../cookies/testing/fake-cookie-store';
import { watchedCookieStore } from '../../cookies/testing/watched-cookie-store';
import { MemorySessionArea } from '../../journal/testing/memory-session-area';
import type { CookieChange } from '../../protocol/cookie-protocol';
import { dispatchRequest } from '../../protocol/dispatch-request';
import { createProtocolClient } from '../../protocol/protocol-client';
import type { CookieConnector } from '../cookie-connector';

/**
 * A `CookieConnector` whose background is the real one (`createProtocolHandlers`) over an
 * in-memory cookie store and session area, so UI components run in Node against the same
 * journaling, merge and undo rules as in the browser. `site` plays the web page: its writes
 * reach the pages as change events not made by the extension.
 */
export function createMemoryConnector(
  options: {
    cookies?: Cookie[];
    tabs?: Record<number, { url?: string; cookieStoreId?: string }>;
    /** The browser's cookie stores and Firefox containers (one store "0" unless given). */
    stores?: { id: string; incognito?: boolean; tabIds: number[] }[];
    containers?: { cookieStoreId: string; name: string; color: string }[];
  } = {},
) {
  // The real clock: the editor validates expiry dates against Date.now().
  const now = () => Date.now();
  const store = new FakeCookieStore(now() / 1000, options.cookies);
  const ownWrites = createOwnWrites(now);
  const listeners = new Set<(changes: CookieChange[]) => void>();
  const push = createChangeBatches({
    ownWrites,
    now,
    send: (changes) => {
      for (const listener of listeners) listener(changes);
    },
  });
  const watched = watchedCookieStore(store, push);
  const background = createProtocolHandlers({
    store: watched,
    sessionArea: new MemorySessionArea(),
    localArea: new MemorySessionArea(),
    facts: fakeBrowserFacts({
      tabs: options.tabs ?? { 1: { url: 'https://a.test/' } },
      ...(options.stores && { stores: options.stores }),
      ...(options.containers && { containers: options.containers }),
    }),
    ownWrites,
    rulesArea: new MemoryRulesArea(),
    now,
  });
  // Through a structured clone both ways, as runtime messages are: no shared objects.
  const client = createProtocolClient(async (message) =>
    structuredClone(await dispatchRequest(background.handlers, structuredClone(message))),
  );
  const connector: CookieConnector = {
    client,
    onChanges(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const site = {
    /** The page sets (or overwrites) this cookie. */
    set: (cookie: Cookie) => watched.set(setDetailsFor(draftFromCookie(cookie))),
  };
  return { connector, store, site, handlers: background.handlers };
}

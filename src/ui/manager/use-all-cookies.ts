import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type Cookie, cookieHost } from '../../cookies/cookie';
import type { CookieStoreInfo } from '../../protocol/cookie-protocol';
import type { CookieConnector } from '../cookie-connector';
import { createBurstTimer } from './burst-timer';
import { reuseUnchanged } from './reuse-unchanged';
import { createSiteLookup } from './site-lookup';

export interface AllCookies {
  /** Every cookie of every store; unchanged cookies keep their object across re-lists. */
  cookies: readonly Cookie[];
  stores: readonly CookieStoreInfo[];
  /** A new function whenever the background told us more sites, so groups are rebuilt. */
  siteOf: (host: string) => string;
  loaded: boolean;
  error: string | undefined;
  reload: () => Promise<void>;
}

type Listing = Omit<AllCookies, 'reload'>;

// A page setting cookies, an edit (removed + added), a bulk delete: the feed reports changes in
// bursts. One re-list per burst, and at least one every half second while it lasts.
const burst = { quietMs: 60, maxWaitMs: 500 };

const sameStores = (a: readonly CookieStoreInfo[], b: readonly CookieStoreInfo[]) =>
  a.length === b.length && a.every((store, i) => store.id === b[i]?.id);

/**
 * Every cookie the extension can reach: the stores, then each store's cookies, partitioned
 * ones included (the background asks with `partitionKey: {}`). Re-listed on every burst of
 * changes, with a single state update, so the page renders once per burst.
 */
export function useAllCookies(connector: CookieConnector): AllCookies {
  const lookup = useMemo(
    () => createSiteLookup(async (urls) => (await connector.client.describeSites({ urls })).sites),
    [connector],
  );
  const [listing, setListing] = useState<Listing>(() => ({
    cookies: [],
    stores: [],
    siteOf: lookup.siteOf,
    loaded: false,
    error: undefined,
  }));
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const { stores } = await connector.client.listCookieStores({});
      const lists = await Promise.all(
        stores.map((store) =>
          connector.client.listCookies({ scope: { allOfStore: true }, storeId: store.id }),
        ),
      );
      const listed = lists.flatMap((list) => list.cookies);
      const learned = await lookup.learn(listed.map((c) => cookieHost(c).toLowerCase()));
      // A slower, older listing must not overwrite a newer one.
      if (mine !== generation.current) return;
      setListing((previous) => {
        const cookies = reuseUnchanged(previous.cookies, listed);
        const unchanged =
          previous.loaded &&
          previous.error === undefined &&
          cookies === previous.cookies &&
          !learned &&
          sameStores(previous.stores, stores);
        if (unchanged) return previous;
        return {
          cookies,
          stores: sameStores(previous.stores, stores) ? previous.stores : stores,
          siteOf: learned ? (host) => lookup.siteOf(host) : previous.siteOf,
          loaded: true,
          error: undefined,
        };
      });
    } catch (e) {
      if (mine !== generation.current) return;
      const error = `Cannot list the cookies: ${e instanceof Error ? e.message : String(e)}`;
      setListing((previous) => ({ ...previous, loaded: true, error }));
    }
  }, [connector, lookup]);

  useEffect(() => {
    void reload();
    const timer = createBurstTimer(() => void reload(), burst);
    // An empty batch comes after the background restarted: something may have changed.
    const unsubscribe = connector.onChanges(() => timer.trigger());
    return () => {
      timer.cancel();
      unsubscribe();
    };
  }, [connector, reload]);

  return { ...listing, reload };
}

import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CookieConnector } from '../cookie-connector';
import { type CookieListing, createLiveCookieListing } from './live-cookie-listing';

export interface AllCookies extends CookieListing {
  /** Lists every store again, e.g. after the page's own write. */
  reload: () => Promise<void>;
}

type Update = (next: (previous: CookieListing) => CookieListing) => void;

/**
 * Every cookie the extension can reach, partitioned ones included (the background asks with
 * `partitionKey: {}`), kept live from the change feed with one state update per burst of
 * changes, so the page renders once per burst.
 */
export function useAllCookies(connector: CookieConnector): AllCookies {
  // The listing is made before the state it seeds; its updates reach the state through this.
  const setState = useRef<Update>(() => {});
  // Started while the page renders for the first time, not in an effect after it: the listing
  // is most of the wait for the first rows, and its requests leave ~10 ms sooner. Its answers
  // arrive after this render, through setState.
  const live = useMemo(() => {
    const listing = createLiveCookieListing(connector, (next) => setState.current(next));
    return { listing, stop: listing.start() };
  }, [connector]);
  const [listing, setListing] = useState<CookieListing>(live.listing.initial);
  setState.current = setListing;
  useLayoutEffect(() => live.stop, [live]);
  return { ...listing, reload: live.listing.reload };
}

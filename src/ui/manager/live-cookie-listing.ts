import { type Cookie, cookieHost } from '../../cookies/cookie';
import { t } from '../../i18n/t';
import type { CookieChange, CookieStoreInfo } from '../../protocol/cookie-protocol';
import { errorText } from '../../text/error-text';
import type { CookieConnector } from '../cookie-connector';
import { applyCookieChanges } from './apply-cookie-changes';
import { createBurstTimer } from './burst-timer';
import { reuseUnchanged } from './reuse-unchanged';
import { createSiteLookup } from './site-lookup';

export interface CookieListing {
  /** Every cookie of every store; unchanged cookies keep their object across updates. */
  cookies: readonly Cookie[];
  stores: readonly CookieStoreInfo[];
  /** A new function whenever the background told us more sites, so groups are rebuilt. */
  siteOf: (host: string) => string;
  loaded: boolean;
  error: string | undefined;
}

export interface LiveCookieListing {
  initial: CookieListing;
  /** Subscribes to the change feed and lists everything; returns the unsubscribe. */
  start(): () => void;
  /** Lists every store's cookies again; the changes that arrive meanwhile are applied on top. */
  reload(): Promise<void>;
}

// A page setting cookies, an edit (removed + added), a bulk delete: the feed reports changes in
// bursts. One update per burst, and at least one every half second while it lasts.
export const changeBurst = { quietMs: 60, maxWaitMs: 500 };

// The kind too: a container renamed or recoloured while the manager is open is shown anew.
const sameStores = (a: readonly CookieStoreInfo[], b: readonly CookieStoreInfo[]) =>
  a.length === b.length &&
  a.every(
    (store, i) =>
      store.id === b[i]?.id && JSON.stringify(store.kind) === JSON.stringify(b[i]?.kind),
  );

const hostOf = (cookie: Cookie) => cookieHost(cookie).toLowerCase();

/**
 * Every cookie the extension can reach, kept up to date by applying the change feed's deltas.
 * All stores are listed at the start, after the background restarted (an empty batch: changes
 * may have been missed), when a change names a store not seen before or the stores changed, and
 * when the page asks. Re-listing on every burst instead made a 2,999-cookie delete take 870 s
 * rather than 37 s: each listing of thousands of cookies competed with the deletes.
 */
export function createLiveCookieListing(
  connector: CookieConnector,
  update: (next: (previous: CookieListing) => CookieListing) => void,
): LiveCookieListing {
  const { client } = connector;
  const lookup = createSiteLookup(async (urls) => (await client.describeSites({ urls })).sites);
  let active = false;
  // Received and not yet applied; applied in order by the next burst, or on top of the listing
  // in flight (replaying a change that a listing already shows leaves the cookie as it is).
  let pending: CookieChange[] = [];
  let mustList = false;
  let knownStores: readonly CookieStoreInfo[] = [];
  let generation = 0;
  let listing = false;
  // Sites learned and not yet in an update, so the next one rebuilds the groups.
  let sitesLearned = false;

  const set = (next: (previous: CookieListing) => CookieListing) => {
    if (active) update(next);
  };
  const takePending = () => {
    const changes = pending;
    pending = [];
    return changes;
  };
  const takeSitesLearned = () => {
    const learned = sitesLearned;
    sitesLearned = false;
    return learned;
  };
  const siteOfAfter = (learned: boolean, previous: CookieListing) =>
    learned ? (host: string) => lookup.siteOf(host) : previous.siteOf;
  const learnHostsOf = async (cookies: Iterable<Cookie>) => {
    const hosts: string[] = [];
    for (const cookie of cookies) hosts.push(hostOf(cookie));
    if (await lookup.learn(hosts)) sitesLearned = true;
  };
  const namesUnknownStore = (changes: readonly CookieChange[]) => {
    const known = new Set(knownStores.map((store) => store.id));
    return changes.some((change) => !known.has(change.cookie.storeId));
  };

  const reload = async () => {
    const mine = ++generation;
    listing = true;
    mustList = false;
    try {
      const { stores } = await client.listCookieStores({});
      const lists = await Promise.all(
        stores.map((store) =>
          client.listCookies({ scope: { allOfStore: true }, storeId: store.id }),
        ),
      );
      const listed = lists.flatMap((list) => list.cookies);
      await learnHostsOf(listed);
      // A slower, older listing must not overwrite a newer one.
      if (mine !== generation) return;
      listing = false;
      knownStores = stores;
      const changes = takePending();
      const learned = takeSitesLearned();
      set((previous) => {
        const cookies = reuseUnchanged(previous.cookies, applyCookieChanges(listed, changes));
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
          siteOf: siteOfAfter(learned, previous),
          loaded: true,
          error: undefined,
        };
      });
      // The background restarted while this listing was in flight: it may have missed changes.
      if (mustList) timer.trigger();
      // A store that came after the listing asked for them: list again if the stores changed.
      else if (namesUnknownStore(changes)) void checkStores();
    } catch (e) {
      if (mine !== generation) return;
      listing = false;
      const error = t('manager_cannotList', errorText(e));
      set((previous) => ({ ...previous, loaded: true, error }));
      // The changes received meanwhile still apply to what is shown.
      if (pending.length > 0) timer.trigger();
    }
  };

  // Closing the last incognito window removes its store without a change event: ask for the
  // stores (a small answer) after each burst, and list everything only if they changed.
  const checkStores = async () => {
    try {
      const { stores } = await client.listCookieStores({});
      if (active && !listing && !sameStores(stores, knownStores)) await reload();
    } catch {
      // The next burst asks again.
    }
  };

  const applyBurst = async () => {
    // The listing in flight applies the pending changes on top of what it read.
    if (listing) return;
    if (mustList || namesUnknownStore(pending)) {
      await reload();
      return;
    }
    await learnHostsOf(pending.filter((change) => !change.removed).map((change) => change.cookie));
    if (listing || !active) return;
    // Taken only now: changes that came while the sites were asked for go in too, in order.
    const changes = takePending();
    const learned = takeSitesLearned();
    set((previous) => {
      const cookies = applyCookieChanges(previous.cookies, changes);
      if (cookies === previous.cookies && !learned) return previous;
      return { ...previous, cookies, siteOf: siteOfAfter(learned, previous) };
    });
    await checkStores();
  };

  const timer = createBurstTimer(() => void applyBurst(), changeBurst);

  return {
    initial: { cookies: [], stores: [], siteOf: lookup.siteOf, loaded: false, error: undefined },
    start() {
      active = true;
      // Subscribed before the first listing, so no change between its read and now is lost.
      const unsubscribe = connector.onChanges((changes) => {
        if (changes.length === 0) mustList = true;
        for (const change of changes) pending.push(change);
        timer.trigger();
      });
      void reload();
      return () => {
        active = false;
        timer.cancel();
        unsubscribe();
        generation++;
        listing = false;
        pending = [];
      };
    },
    reload,
  };
}

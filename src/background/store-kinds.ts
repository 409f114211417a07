import type { CookieStoreInfo } from '../protocol/cookie-protocol';
import { isContainerColour, type StoreKind } from '../protocol/store-kind';
import type { BrowserFacts } from './browser-facts';

type ListedStore = Awaited<ReturnType<BrowserFacts['cookieStores']>>[number];
type Container = Awaited<ReturnType<BrowserFacts['containers']>>[number];

// Chrome's getAllCookieStores says nothing about incognito: its incognito store is "1".
// Firefox says `incognito`, and its private store is "firefox-private" even when it is not
// listed (getAllCookieStores lists only stores with an open tab).
const privateStoreIds = new Set(['1', 'firefox-private']);

/** Which store `storeId` is, from the stores and containers the browser listed. */
export function kindOfStore(
  storeId: string,
  stores: readonly ListedStore[],
  containers: readonly Container[],
): StoreKind {
  const listed = stores.find((store) => store.id === storeId);
  if (listed?.incognito ?? privateStoreIds.has(storeId)) return { kind: 'private' };
  const container = containers.find((c) => c.cookieStoreId === storeId);
  if (!container) return { kind: 'default' };
  // The name is the user's own text (shown as text only); an unknown colour shows as grey.
  return {
    kind: 'container',
    name: container.name,
    colour: isContainerColour(container.color) ? container.color : 'toolbar',
  };
}

/** Every cookie store with an open tab, each with what the user knows it as. */
export async function describeStores(facts: BrowserFacts): Promise<CookieStoreInfo[]> {
  const [stores, containers] = await Promise.all([facts.cookieStores(), facts.containers()]);
  return stores.map((store) => {
    const kind = kindOfStore(store.id, stores, containers);
    return { id: store.id, incognito: kind.kind === 'private', tabIds: store.tabIds, kind };
  });
}

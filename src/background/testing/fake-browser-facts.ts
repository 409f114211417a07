import type { BrowserFacts } from '../browser-facts';

/** Browser facts from plain data: tabs by id, one store holding every tab, origins allowed. */
export function fakeBrowserFacts(
  options: {
    tabs?: Record<number, { url?: string; cookieStoreId?: string }>;
    stores?: { id: string; incognito?: boolean; tabIds: number[] }[];
    deniedOrigins?: string[];
  } = {},
): BrowserFacts {
  const tabs = options.tabs ?? {};
  return {
    async tab(tabId) {
      const tab = tabs[tabId];
      if (!tab) throw new Error(`No tab with id: ${tabId}.`);
      return tab;
    },
    async cookieStores() {
      return options.stores ?? [{ id: '0', tabIds: Object.keys(tabs).map(Number) }];
    },
    async mayReadOrigin(origin) {
      return !(options.deniedOrigins ?? []).includes(origin);
    },
  };
}

import type { BrowserFacts } from '../browser-facts';

/**
 * Browser facts from plain data: tabs by id (leave `url` out for a page whose address the
 * browser hides), one store holding every tab, every origin allowed but `deniedOrigins`, no
 * containers unless given.
 */
export function fakeBrowserFacts(
  options: {
    tabs?: Record<number, { url?: string; cookieStoreId?: string }>;
    stores?: { id: string; incognito?: boolean; tabIds: number[] }[];
    deniedOrigins?: string[];
    containers?: { cookieStoreId: string; name: string; color: string }[];
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
    async containers() {
      return options.containers ?? [];
    },
    async mayReadOrigin(origin) {
      return !(options.deniedOrigins ?? []).includes(origin);
    },
    async mayReadEverySite() {
      return (options.deniedOrigins ?? []).length === 0;
    },
  };
}

import type { BrowserFacts } from '../../src/background/browser-facts';
import { browser } from '../platform';

/** The tabs, cookie stores and permissions APIs, as the facts the background decides on. */
export const browserFacts: BrowserFacts = {
  async tab(tabId) {
    const tab = await browser.tabs.get(tabId);
    const { cookieStoreId } = tab as { cookieStoreId?: string };
    return {
      ...(tab.url !== undefined && { url: tab.url }),
      ...(cookieStoreId && { cookieStoreId }),
    };
  },
  cookieStores: () => browser.cookies.getAllCookieStores(),
  mayReadOrigin: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
  mayReadEverySite: () => browser.permissions.contains({ origins: ['http://*/*', 'https://*/*'] }),
};

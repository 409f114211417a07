import type { BrowserFacts } from '../../src/background/browser-facts';
import { browser } from '../platform';

/**
 * The tabs, cookie stores, containers and permissions APIs, as the facts the background decides
 * on.
 */
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
  async containers() {
    // Firefox only (Chromium has no contextualIdentities), and only with the
    // "contextualIdentities" permission. It throws while the user has containers turned off
    // (privacy.userContext.enabled): then no store is a container.
    const identities = browser.contextualIdentities as
      | { query?: typeof browser.contextualIdentities.query }
      | undefined;
    if (typeof identities?.query !== 'function') return [];
    try {
      const found = await identities.query({});
      return found.map(({ cookieStoreId, name, color }) => ({ cookieStoreId, name, color }));
    } catch {
      return [];
    }
  },
  mayReadOrigin: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
  mayReadEverySite: () => browser.permissions.contains({ origins: ['http://*/*', 'https://*/*'] }),
};

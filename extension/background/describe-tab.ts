import { siteOfHost } from '../../src/cookies/cookie-site';
import type { TabDescription } from '../../src/protocol/cookie-protocol';
import { browser } from '../platform';

/**
 * The tab's page, its cookie store, and whether its cookies can be read at all: the cookies API
 * silently returns nothing for pages without host permission (the user can restrict site access
 * in chrome://extensions), and browser pages (chrome://, the Web Store) have no cookies to edit.
 */
export async function describeTab(tabId: number): Promise<TabDescription> {
  const tab = await browser.tabs.get(tabId);
  const url = tab.url ?? '';
  const storeId = await storeOfTab(tabId, (tab as { cookieStoreId?: string }).cookieStoreId);
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    return { tabId, url, site: '', storeId, access: 'unsupported-page' };
  }
  const granted = await browser.permissions.contains({ origins: [`${parsed.origin}/*`] });
  const site = siteOfHost(parsed.hostname);
  return { tabId, url, site, storeId, access: granted ? 'ok' : 'no-host-permission' };
}

async function storeOfTab(tabId: number, firefoxStoreId: string | undefined): Promise<string> {
  if (firefoxStoreId) return firefoxStoreId;
  const stores = await browser.cookies.getAllCookieStores();
  return stores.find((store) => store.tabIds.includes(tabId))?.id ?? stores[0]?.id ?? '0';
}

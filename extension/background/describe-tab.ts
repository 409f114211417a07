import type { Cookie } from '../../src/cookies/cookie';
import { siteOfHost } from '../../src/cookies/cookie-site';
import type { TabDescription } from '../../src/protocol/cookie-protocol';
import { browser } from '../platform';

/** Reads a site's cookies, for a description that includes them. */
export type SiteCookieReader = (site: string, storeId: string) => Promise<Cookie[]>;

/**
 * The tab's page, its cookie store, and whether its cookies can be read at all: the cookies API
 * silently returns nothing for pages without host permission (the user can restrict site access
 * in chrome://extensions), and browser pages (chrome://, the Web Store) have no cookies to edit.
 * With `readCookies`, the site's cookies too (only if access is granted).
 *
 * The popup waits for this before it shows anything, so the browser is asked in two rounds of
 * parallel calls rather than one call after another.
 */
export async function describeTab(
  tabId: number,
  readCookies?: SiteCookieReader,
): Promise<TabDescription & { cookies?: Cookie[] }> {
  const [tab, stores] = await Promise.all([
    browser.tabs.get(tabId),
    browser.cookies.getAllCookieStores(),
  ]);
  const url = tab.url ?? '';
  // Firefox names the tab's store (containers); Chrome lists the tabs of each store.
  const storeId =
    (tab as { cookieStoreId?: string }).cookieStoreId ??
    stores.find((store) => store.tabIds.includes(tabId))?.id ??
    stores[0]?.id ??
    '0';
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    return { tabId, url, site: '', storeId, access: 'unsupported-page' };
  }
  const site = siteOfHost(parsed.hostname);
  const [granted, cookies] = await Promise.all([
    browser.permissions.contains({ origins: [`${parsed.origin}/*`] }),
    readCookies?.(site, storeId),
  ]);
  if (!granted) return { tabId, url, site, storeId, access: 'no-host-permission' };
  return { tabId, url, site, storeId, access: 'ok', ...(cookies && { cookies }) };
}

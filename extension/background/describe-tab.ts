import type { Cookie } from '../../src/cookies/cookie';
import type { TabDescription } from '../../src/protocol/cookie-protocol';
import { browser } from '../platform';
import { mayReadOrigin, siteOfUrl } from './describe-sites';

/** Reads a site's cookies, for a description that includes them. */
export type SiteCookieReader = (site: string, storeId: string) => Promise<Cookie[]>;

/**
 * The tab's page, its cookie store, and whether its cookies can be read at all (browser pages
 * such as chrome:// and the Web Store have none; a site may be withheld, see mayReadOrigin).
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
  const target = siteOfUrl(url);
  if (!target) return { tabId, url, site: '', storeId, access: 'unsupported-page' };
  const { site } = target;
  const [granted, cookies] = await Promise.all([
    mayReadOrigin(target.origin),
    readCookies?.(site, storeId),
  ]);
  if (!granted) return { tabId, url, site, storeId, access: 'no-host-permission' };
  return { tabId, url, site, storeId, access: 'ok', ...(cookies && { cookies }) };
}

import type { Cookie } from '../cookies/cookie';
import { siteOfHost } from '../cookies/cookie-site';
import type { DescribedTab, SiteDescription, TabAccess } from '../protocol/cookie-protocol';
import type { BrowserFacts } from './browser-facts';
import { kindOfStore } from './store-kinds';

/** Reads a site's cookies, for a description that includes them. */
export type SiteCookieReader = (site: string, storeId: string) => Promise<Cookie[]>;

/** The origin and site of an http(s) url; undefined for any other page (no cookies to show). */
export function siteOfUrl(url: string): { origin: string; site: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return { origin: parsed.origin, site: siteOfHost(parsed.hostname) };
}

/**
 * Why a page whose address the browser hid cannot be shown. Without the `tabs` permission the
 * extension sees the address only of pages it may read: with every site allowed, a hidden
 * address is a browser page; otherwise it may also be a site the user withheld.
 */
async function hiddenPageAccess(facts: BrowserFacts): Promise<TabAccess> {
  return (await facts.mayReadEverySite()) ? 'unsupported-page' : 'hidden-page';
}

/**
 * The tab's page, its cookie store, and whether its cookies can be read at all (browser pages
 * such as chrome:// and the Web Store have none; a site may be withheld, see mayReadOrigin).
 * With `readCookies`, the site's cookies too (only if access is granted).
 *
 * The popup waits for this before it shows anything, so the browser is asked in two rounds of
 * parallel calls rather than one call after another.
 */
export async function describeTab(
  facts: BrowserFacts,
  tabId: number,
  readCookies?: SiteCookieReader,
): Promise<DescribedTab> {
  const [tab, stores, containers] = await Promise.all([
    facts.tab(tabId),
    facts.cookieStores(),
    facts.containers(),
  ]);
  const url = tab.url ?? '';
  // Firefox names the tab's store (containers); Chrome lists the tabs of each store. That a
  // popup in a regular window can be told about an incognito tab, and the reverse, rests on the
  // manifest's `"incognito": "spanning"`: one background sees the tabs and cookie stores of both
  // kinds of window. Under "split" an incognito window gets its own background and extension
  // pages, which see only the incognito store, so the manager could not show both side by side
  // (and Firefox does not support "split" at all).
  const storeId =
    tab.cookieStoreId ??
    stores.find((store) => store.tabIds.includes(tabId))?.id ??
    stores[0]?.id ??
    '0';
  const store = kindOfStore(storeId, stores, containers);
  const target = siteOfUrl(url);
  if (!target) {
    const access = url === '' ? await hiddenPageAccess(facts) : 'unsupported-page';
    return { tabId, url, site: '', storeId, store, access };
  }
  const { site } = target;
  const [granted, cookies] = await Promise.all([
    facts.mayReadOrigin(target.origin),
    readCookies?.(site, storeId),
  ]);
  if (!granted) return { tabId, url, site, storeId, store, access: 'no-host-permission' };
  return { tabId, url, site, storeId, store, access: 'ok', ...(cookies && { cookies }) };
}

/** The site of each frame url, and whether the extension may read that site's cookies. */
export function describeSites(facts: BrowserFacts, urls: string[]): Promise<SiteDescription[]> {
  return Promise.all(
    urls.map(async (url): Promise<SiteDescription> => {
      const target = siteOfUrl(url);
      if (!target)
        return {
          url,
          site: '',
          access: url === '' ? await hiddenPageAccess(facts) : 'unsupported-page',
        };
      const granted = await facts.mayReadOrigin(target.origin);
      return { url, site: target.site, access: granted ? 'ok' : 'no-host-permission' };
    }),
  );
}

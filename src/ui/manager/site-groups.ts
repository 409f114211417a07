import { type Cookie, cookieHost } from '../../cookies/cookie';
import { type CookieOrder, orderCookies } from './cookie-order';

/** One site's cookies in one cookie store, in the chosen order. */
export interface SiteGroup {
  /** Unique across stores: the same site in the normal and an incognito store are two groups. */
  key: string;
  site: string;
  storeId: string;
  cookies: Cookie[];
}

/**
 * Cookies grouped by site (and store), sites in alphabetical order, cookies ordered inside
 * each. Done once per listing or order change; a search keystroke only filters these groups.
 */
export function groupBySite(
  cookies: readonly Cookie[],
  siteOfHost: (host: string) => string,
  order: CookieOrder,
): SiteGroup[] {
  const groups = new Map<string, SiteGroup>();
  for (const cookie of cookies) {
    const site = siteOfHost(cookieHost(cookie).toLowerCase());
    const key = `${cookie.storeId}\n${site}`;
    const group = groups.get(key);
    if (group) group.cookies.push(cookie);
    else groups.set(key, { key, site, storeId: cookie.storeId, cookies: [cookie] });
  }
  return [...groups.values()]
    .sort((a, b) => a.site.localeCompare(b.site) || a.storeId.localeCompare(b.storeId))
    .map((group) => ({ ...group, cookies: orderCookies(group.cookies, order) }));
}

import { isSessionCookie } from '../../cookies/classify-lifetime';
import type { Cookie } from '../../cookies/cookie';
import { cookieKey } from './cookie-key';
import type { SiteGroup } from './site-groups';

export interface SiteItem {
  kind: 'site';
  key: string;
  group: SiteGroup;
  /** The site's cookies that are shown (the ones that match). */
  cookies: Cookie[];
  session: number;
  persistent: number;
  /** The site's rows are hidden under its header (the header still counts them). */
  collapsed: boolean;
}

export interface CookieItem {
  kind: 'cookie';
  key: string;
  cookie: Cookie;
  site: string;
}

/** One line of the virtual list: a site's header or one of its cookies. */
export type ManagerItem = SiteItem | CookieItem;

export interface VisibleRows {
  items: ManagerItem[];
  /** Every cookie that passes the search and filters, in list order. */
  matching: Cookie[];
}

// A keystroke lists up to every cookie again: reuse each cookie's item instead of allocating
// 3,000 new ones per keystroke (its site only changes when the background names sites anew).
const cookieItems = new WeakMap<Cookie, CookieItem>();
function cookieItem(cookie: Cookie, site: string): CookieItem {
  let item = cookieItems.get(cookie);
  if (item?.site !== site) {
    item = { kind: 'cookie', key: cookieKey(cookie), cookie, site };
    cookieItems.set(cookie, item);
  }
  return item;
}

const noneCollapsed: ReadonlySet<string> = new Set();

// The same rule as classifyLifetime, without creating a Date per cookie on every keystroke.
/** The list as shown: each site with matching cookies, its header, then those cookies. */
export function visibleRows(
  groups: readonly SiteGroup[],
  matches: (cookie: Cookie) => boolean,
  collapsed: ReadonlySet<string> = noneCollapsed,
): VisibleRows {
  const items: ManagerItem[] = [];
  const matching: Cookie[] = [];
  for (const group of groups) {
    const header: SiteItem = {
      kind: 'site',
      key: `site\n${group.key}`,
      group,
      cookies: [],
      session: 0,
      persistent: 0,
      collapsed: collapsed.has(group.key),
    };
    let shown = false;
    for (const cookie of group.cookies) {
      if (!matches(cookie)) continue;
      if (!shown) {
        items.push(header);
        shown = true;
      }
      if (isSessionCookie(cookie)) header.session++;
      else header.persistent++;
      header.cookies.push(cookie);
      if (!header.collapsed) items.push(cookieItem(cookie, group.site));
      matching.push(cookie);
    }
  }
  return { items, matching };
}

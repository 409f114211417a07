import { isSessionCookie } from '../../cookies/classify-lifetime';
import { type Cookie, cookieHost } from '../../cookies/cookie';
import { cookieSize } from '../../cookies/cookie-size';
import { t } from '../../i18n/t';

/** How rows are ordered inside each site. */
export type CookieOrder = 'name' | 'domain' | 'expiry' | 'size';

/** The orders as the menu names them, in the menu's order (asked at render: t() is per locale). */
export function cookieOrderLabels(): Record<CookieOrder, string> {
  return {
    name: t('manager_name'),
    domain: t('manager_domain'),
    expiry: t('manager_orderExpiry'),
    size: t('manager_orderSize'),
  };
}

const collator = new Intl.Collator(undefined, { numeric: true });

// Session cookies have no expiry; they end when the browser closes, which may be later than any
// date, so they sort after every persistent cookie.
const expiryOf = (c: Cookie) =>
  isSessionCookie(c) ? Number.POSITIVE_INFINITY : (c.expirationDate ?? Number.POSITIVE_INFINITY);

// The full identity breaks ties, so the order never depends on the order the browser listed in.
const byName = (a: Cookie, b: Cookie) => collator.compare(a.name, b.name);
const byHost = (a: Cookie, b: Cookie) => collator.compare(cookieHost(a), cookieHost(b));
const byRest = (a: Cookie, b: Cookie) =>
  a.domain.length - b.domain.length ||
  collator.compare(a.path, b.path) ||
  collator.compare(a.partitionKey?.topLevelSite ?? '', b.partitionKey?.topLevelSite ?? '');

const comparators: Record<CookieOrder, (a: Cookie, b: Cookie) => number> = {
  name: (a, b) => byName(a, b) || byHost(a, b) || byRest(a, b),
  domain: (a, b) => byHost(a, b) || byName(a, b) || byRest(a, b),
  // Two session cookies give Infinity - Infinity = NaN, which is falsy: the name decides.
  expiry: (a, b) => expiryOf(a) - expiryOf(b) || byName(a, b) || byHost(a, b) || byRest(a, b),
  size: (a, b) => cookieSize(b) - cookieSize(a) || byName(a, b) || byHost(a, b) || byRest(a, b),
};

/** A sorted copy. */
export function orderCookies(cookies: readonly Cookie[], order: CookieOrder): Cookie[] {
  return [...cookies].sort(comparators[order]);
}

import { isSessionCookie } from '../../cookies/classify-lifetime';
import { type Cookie, cookieHost } from '../../cookies/cookie';
import { cookieSize } from '../../cookies/cookie-size';
import { t } from '../../i18n/t';

/** The table's columns, in the order they are shown. */
export const sortColumns = [
  'name',
  'value',
  'domain',
  'path',
  'expires',
  'size',
  'httpOnly',
  'secure',
  'sameSite',
  'partition',
] as const;
export type SortColumn = (typeof sortColumns)[number];

/** A column's header, also the attribute's name in the details pane. */
export function columnLabel(column: SortColumn): string {
  switch (column) {
    case 'name':
      return t('table_name');
    case 'value':
      return t('table_value');
    case 'domain':
      return t('table_domain');
    case 'path':
      return t('table_path');
    case 'expires':
      return t('table_expires');
    case 'size':
      return t('table_size');
    case 'partition':
      return t('table_partition');
    // Attribute names, the same in every language.
    case 'httpOnly':
      return 'HttpOnly';
    case 'secure':
      return 'Secure';
    case 'sameSite':
      return 'SameSite';
  }
}

export interface CookieSort {
  column: SortColumn;
  descending: boolean;
}

const collator = new Intl.Collator(undefined, { numeric: true });
const text = (a: string, b: string) => collator.compare(a, b);
const flag = (a: boolean, b: boolean) => Number(b) - Number(a);

// Session cookies end when the browser closes, which may be later than any date: after all.
const expiryOf = (c: Cookie) =>
  isSessionCookie(c) ? Number.POSITIVE_INFINITY : (c.expirationDate ?? Number.POSITIVE_INFINITY);
const sameSiteRank = { strict: 0, lax: 1, no_restriction: 2, unspecified: 3 } as const;
const partitionOf = (c: Cookie) => c.partitionKey?.topLevelSite ?? '';

const primary: Record<SortColumn, (a: Cookie, b: Cookie) => number> = {
  name: (a, b) => text(a.name, b.name),
  value: (a, b) => text(a.value, b.value),
  domain: (a, b) => text(cookieHost(a), cookieHost(b)),
  path: (a, b) => text(a.path, b.path),
  // Two session cookies give Infinity - Infinity = NaN: treated as a tie below.
  expires: (a, b) => expiryOf(a) - expiryOf(b) || 0,
  size: (a, b) => cookieSize(a) - cookieSize(b),
  httpOnly: (a, b) => flag(a.httpOnly, b.httpOnly),
  secure: (a, b) => flag(a.secure, b.secure),
  sameSite: (a, b) => sameSiteRank[a.sameSite] - sameSiteRank[b.sameSite],
  partition: (a, b) => text(partitionOf(b), partitionOf(a)),
};

// The full identity breaks ties (always ascending), so equal keys never depend on the order the
// browser listed them in.
const identity = (a: Cookie, b: Cookie) =>
  text(a.name, b.name) ||
  text(cookieHost(a), cookieHost(b)) ||
  a.domain.length - b.domain.length ||
  text(a.path, b.path) ||
  text(partitionOf(a), partitionOf(b));

/** The comparator for a column and direction. */
export function compareCookies(sort: CookieSort): (a: Cookie, b: Cookie) => number {
  const by = primary[sort.column];
  const sign = sort.descending ? -1 : 1;
  return (a, b) => sign * (by(a, b) || 0) || identity(a, b);
}

/** A sorted copy. */
export function sortCookiesBy(cookies: readonly Cookie[], sort: CookieSort): Cookie[] {
  return [...cookies].sort(compareCookies(sort));
}

/** Clicking a header: the same column flips its direction, another one sorts ascending. */
export function nextSort(current: CookieSort | undefined, column: SortColumn): CookieSort {
  return current?.column === column
    ? { column, descending: !current.descending }
    : { column, descending: false };
}

import { isSessionCookie } from '../../cookies/classify-lifetime';
import type { Cookie, SameSite } from '../../cookies/cookie';

export type FlagFilter = 'any' | 'yes' | 'no';

/** The manager's attribute filters; `any` everywhere shows every cookie. */
export interface CookieFilters {
  lifetime: 'any' | 'session' | 'persistent';
  secure: FlagFilter;
  httpOnly: FlagFilter;
  sameSite: 'any' | SameSite;
  partitioned: FlagFilter;
  /** A store id, or every store. */
  store: 'any' | (string & {});
}

export const noFilters: CookieFilters = {
  lifetime: 'any',
  secure: 'any',
  httpOnly: 'any',
  sameSite: 'any',
  partitioned: 'any',
  store: 'any',
};

const flagMatches = (filter: FlagFilter, value: boolean) =>
  filter === 'any' || (filter === 'yes') === value;

export function isPartitioned(cookie: Pick<Cookie, 'partitionKey'>): boolean {
  return cookie.partitionKey?.topLevelSite !== undefined;
}

/** Whether a cookie passes every filter. Session vs persistent as the row shows it. */
export function matchesFilters(cookie: Cookie, filters: CookieFilters): boolean {
  if (filters.lifetime !== 'any' && isSessionCookie(cookie) !== (filters.lifetime === 'session')) {
    return false;
  }
  return (
    flagMatches(filters.secure, cookie.secure) &&
    flagMatches(filters.httpOnly, cookie.httpOnly) &&
    (filters.sameSite === 'any' || filters.sameSite === cookie.sameSite) &&
    flagMatches(filters.partitioned, isPartitioned(cookie)) &&
    (filters.store === 'any' || filters.store === cookie.storeId)
  );
}

/** How many filters narrow the list, for the "clear filters" button. */
export function activeFilterCount(filters: CookieFilters): number {
  return Object.values(filters).filter((value) => value !== 'any').length;
}

import { isSessionCookie } from '../cookies/classify-lifetime';
import type { Cookie } from '../cookies/cookie';
import { cookieHost } from '../cookies/cookie';
import {
  type CookieSearch,
  matchesSearch,
  type SearchableCookie,
  type SearchContext,
} from '../search/cookie-search';

/** The cookies the search lets through (see src/search/parse-search.ts for its syntax). */
export function filterCookies<T extends SearchableCookie>(
  cookies: T[],
  search: CookieSearch,
  context: SearchContext,
): T[] {
  if (search.kind === 'all') return cookies;
  return cookies.filter((cookie) => matchesSearch(cookie, search, context));
}

/** Rows in a stable order: name, then host, then path (so same-name cookies sit together). */
export function sortCookies<T extends Pick<Cookie, 'name' | 'domain' | 'path'>>(cookies: T[]): T[] {
  const host = (c: T) => cookieHost(c);
  return [...cookies].sort(
    (a, b) =>
      a.name.localeCompare(b.name) ||
      host(a).localeCompare(host(b)) ||
      a.domain.length - b.domain.length ||
      a.path.localeCompare(b.path),
  );
}

export function countLifetimes(cookies: Pick<Cookie, 'session' | 'expirationDate'>[]) {
  let session = 0;
  for (const cookie of cookies) if (isSessionCookie(cookie)) session++;
  return { session, persistent: cookies.length - session };
}

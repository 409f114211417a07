import { isSessionCookie } from '../cookies/classify-lifetime';
import type { Cookie } from '../cookies/cookie';
import { cookieHost } from '../cookies/cookie';

/** Case-insensitive match of every word of the query against name, value or domain. */
export function filterCookies<T extends Pick<Cookie, 'name' | 'value' | 'domain'>>(
  cookies: T[],
  query: string,
): T[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return cookies;
  return cookies.filter((cookie) => {
    const haystack = `${cookie.name}\n${cookie.value}\n${cookie.domain}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
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

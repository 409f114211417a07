import { type Cookie, cookieHost, type SameSite } from '../cookies/cookie';
import { exportedCookie } from './workbench-json';

const sameSiteAttribute: Record<SameSite, string | undefined> = {
  unspecified: undefined,
  lax: 'Lax',
  strict: 'Strict',
  no_restriction: 'None',
};

/**
 * The `Set-Cookie` header value that would make a server set this cookie (RFC 6265bis):
 * `Domain` only for a domain cookie (a host-only cookie has none), `Expires` as an HTTP date
 * and none for a session cookie, SameSite only when the cookie has one, `Partitioned` for CHIPS.
 */
export function setCookieLine(cookie: Cookie): string {
  const parts = [`${cookie.name}=${cookie.value}`];
  if (!cookie.hostOnly) parts.push(`Domain=${cookieHost(cookie)}`);
  parts.push(`Path=${cookie.path}`);
  if (!cookie.session && cookie.expirationDate !== undefined)
    parts.push(`Expires=${new Date(Math.floor(cookie.expirationDate) * 1000).toUTCString()}`);
  if (cookie.secure) parts.push('Secure');
  if (cookie.httpOnly) parts.push('HttpOnly');
  const sameSite = sameSiteAttribute[cookie.sameSite];
  if (sameSite) parts.push(`SameSite=${sameSite}`);
  if (cookie.partitionKey) parts.push('Partitioned');
  return parts.join('; ');
}

/** `name=value`, as a `Cookie` request header carries it. */
export function nameValuePair(cookie: Pick<Cookie, 'name' | 'value'>): string {
  return `${cookie.name}=${cookie.value}`;
}

/** One cookie as the workbench's JSON export writes it (chrome.cookies spellings). */
export function cookieJson(cookie: Cookie): string {
  return JSON.stringify(exportedCookie(cookie), null, 2);
}

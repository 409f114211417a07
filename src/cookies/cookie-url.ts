import type { CookieDraft } from './cookie';
import { cookieHost } from './cookie';

/**
 * The url that `cookies.set` and `cookies.remove` need for a cookie: its own host (no leading
 * dot, which the API rejects) and its own path, because `set` reads its result back through
 * this url and would otherwise answer with nothing or with another cookie of the same name.
 * https whenever the cookie is Secure, since a Secure cookie cannot be set from http.
 */
export function cookieUrl(cookie: Pick<CookieDraft, 'domain' | 'path' | 'secure'>): string {
  const host = cookieHost(cookie);
  const bracketed = host.includes(':') ? `[${host}]` : host;
  const path = cookie.path.startsWith('/') ? cookie.path : `/${cookie.path}`;
  return `${cookie.secure ? 'https' : 'http'}://${bracketed}${path}`;
}

import { type Cookie, cookieHost } from './cookie';

// RFC 6265's matching rules; is-sent.ts applies them with the rest (SameSite, partitions). No
// public suffix list here: pages import this file, and the list (120 KB) stays in the background.

/** Strips IPv6 brackets and a trailing dot, lower-cases: the host as the cookie store keys it. */
export function normalizeHost(host: string): string {
  return host
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
}

/** RFC 6265 §5.1.3 domain-match of a request host against a cookie. */
export function domainMatches(requestHost: string, cookie: Pick<Cookie, 'domain' | 'hostOnly'>) {
  const host = normalizeHost(requestHost);
  const domain = cookieHost(cookie).toLowerCase();
  if (cookie.hostOnly) return host === domain;
  return host === domain || host.endsWith(`.${domain}`);
}

/** RFC 6265 §5.1.4 path-match. */
export function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath.charAt(cookiePath.length) === '/';
}

/** Chrome treats localhost as a secure context: Secure cookies are set and sent over http there. */
export function isPotentiallyTrustworthy(url: URL): boolean {
  if (url.protocol === 'https:') return true;
  const host = normalizeHost(url.hostname);
  return (
    host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1' || host === '::1'
  );
}

/** Whether a cookie's host is the site or one of its subdomains (no public suffix list needed). */
export function belongsToSite(cookie: Pick<Cookie, 'domain'>, site: string): boolean {
  const host = cookieHost(cookie).toLowerCase();
  return host === site || host.endsWith(`.${site}`);
}

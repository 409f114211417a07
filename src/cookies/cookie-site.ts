import { getDomain } from 'tldts';
import { type Cookie, cookieHost } from './cookie';

// Private suffixes count (github.io, blogspot.com): the browser refuses domain cookies on them.
const pslOptions = { allowPrivateDomains: true } as const;

/** Strips IPv6 brackets and a trailing dot, lower-cases: the host as the cookie store keys it. */
export function normalizeHost(host: string): string {
  return host
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
}

/**
 * The registrable domain ("site") of a host: `sub.a.co.uk` → `a.co.uk`. Hosts without one
 * (localhost, IP addresses, a bare public suffix) are their own site.
 */
export function siteOfHost(host: string): string {
  const normalized = normalizeHost(host);
  return getDomain(normalized, pslOptions) ?? normalized;
}

/**
 * Whether a cookie may be a domain cookie on this host: the browser only accepts a Domain
 * attribute on a host that has a registrable domain, so never on a public suffix, an IP address
 * or `localhost`.
 */
export function allowsDomainCookie(host: string): boolean {
  return getDomain(normalizeHost(host), pslOptions) !== null;
}

export function siteOfCookie(cookie: Pick<Cookie, 'domain'>): string {
  return siteOfHost(cookieHost(cookie));
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
function isPotentiallyTrustworthy(url: URL): boolean {
  if (url.protocol === 'https:') return true;
  const host = normalizeHost(url.hostname);
  return (
    host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1' || host === '::1'
  );
}

/**
 * Whether the page at `pageUrl` receives this cookie with its own request (not counting
 * SameSite, which depends on how the request is made, nor the partition).
 */
export function pageReceives(
  cookie: Pick<Cookie, 'domain' | 'hostOnly' | 'path' | 'secure'>,
  pageUrl: string,
): boolean {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (cookie.secure && !isPotentiallyTrustworthy(url)) return false;
  return domainMatches(url.hostname, cookie) && pathMatches(url.pathname || '/', cookie.path);
}

/** Cookies grouped by registrable domain, sites in alphabetical order. */
export function groupBySite<T extends Pick<Cookie, 'domain'>>(cookies: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const cookie of cookies) {
    const site = siteOfCookie(cookie);
    const group = groups.get(site);
    if (group) group.push(cookie);
    else groups.set(site, [cookie]);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

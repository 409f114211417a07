import { getDomain } from 'tldts';
import { normalizeHost } from './cookie-matching';
import type { HostRules } from './validate-cookie';

// Private suffixes count (github.io, blogspot.com): the browser refuses domain cookies on them.
const pslOptions = { allowPrivateDomains: true } as const;

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

/** The full host rules, from the public suffix list. */
export const publicSuffixRules: HostRules = { allowsDomainCookie };

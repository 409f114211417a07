import { maxCookiesPerSite } from './validate-cookie';

/**
 * How many cookies Chrome keeps (net/cookies/cookie_monster.h: kMaxCookies and kPurgeCookies,
 * kDomainMaxCookies and kDomainPurgeCookies). Past a limit it evicts, least recently used first,
 * down to the lower number, and `cookies.set` still succeeds: the loss shows only as `evicted`
 * changes. Firefox's defaults are similar (network.cookie.maxNumber 3000, maxPerHost 180).
 */
export const chromeCookieLimits = {
  /** Cookies in a profile's store. */
  total: 3300,
  totalEvictsTo: 3000,
  /** Cookies per site (registrable domain). */
  perSite: maxCookiesPerSite,
  perSiteEvictsTo: 150,
} as const;

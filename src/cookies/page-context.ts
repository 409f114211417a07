import { normalizeHost } from './cookie-matching';
import { isSent, type RequestContext, type SendVerdict, type SentCookie } from './is-sent';

// The requests the UI and the exports speak of, built for isSent from sites the caller knows
// (the background names registrable domains: pages never load the public suffix list).

/** `https://a.test` from a url and its registrable domain (from the background's list). */
export function schemefulSite(url: string | URL, registrableDomain: string): string {
  const { protocol } = typeof url === 'string' ? new URL(url) : url;
  return `${protocol}//${normalizeHost(registrableDomain)}`;
}

// Pinned by e2e/sent-matches-server.spec.ts: Chromium 156 (headless, fresh profile) blocks
// third-party cookies. A user may allow them, which an extension cannot read without the
// `privacy` permission: a row then says "not sent" and names this reason, so the guess shows.
export const thirdPartyCookiesBlockedByDefault = true;

/** A page or frame and where it sits: what its own requests carry is "sent to this page". */
export interface PageContext {
  url: string;
  /** Schemeful site of the tab's top-level page. */
  topLevelSite: string;
  /** The page is a frame of another site than the top-level page. */
  crossSite: boolean;
}

export function pageContext(
  url: string,
  registrableDomain: string,
  topLevelSite: string,
): PageContext {
  let crossSite = false;
  try {
    crossSite = schemefulSite(url, registrableDomain) !== topLevelSite;
  } catch {
    // Not a url: isSent says so.
  }
  return { url, topLevelSite, crossSite };
}

/** The page's own requests (a reload, a fetch): what "sent to this page" means. */
export function pageRequest(page: PageContext, now: number): RequestContext {
  return {
    ...page,
    kind: 'subresource',
    now,
    thirdPartyCookiesBlocked: thirdPartyCookiesBlockedByDefault,
  };
}

/** Whether the page's own requests (a reload, a fetch) carry the cookie. */
export function isSentToPage(cookie: SentCookie, page: PageContext, now: number): SendVerdict {
  return isSent(cookie, pageRequest(page, now));
}

/** A url typed into the address bar, or fetched by a tool such as curl: first-party to itself. */
export function topLevelVisit(
  url: string | URL,
  registrableDomain: string,
  now: number,
): RequestContext {
  return {
    url,
    topLevelSite: schemefulSite(url, registrableDomain),
    crossSite: false,
    kind: 'navigation',
    method: 'GET',
    now,
  };
}

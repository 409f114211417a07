import type { AuditSeverity } from '../audit/audit-finding';
import type { Cookie } from '../cookies/cookie';

// What a view needs to filter with a search, without the parser and the matchers (a chunk of
// their own, see load-search-engine.ts): the popup's JS is budgeted.

/** The search box, ready to test cookies against: parsed and compiled once per keystroke. */
export type CookieSearch =
  | { kind: 'all' }
  | { kind: 'match'; test: (cookie: SearchableCookie, context: SearchContext) => boolean }
  /** Typed before the search engine, or a `/regex/` before the regex engine, has loaded. */
  | { kind: 'loading' }
  | { kind: 'invalid'; message: string };

export type SearchableCookie = Pick<
  Cookie,
  | 'name'
  | 'value'
  | 'domain'
  | 'path'
  | 'hostOnly'
  | 'secure'
  | 'httpOnly'
  | 'sameSite'
  | 'session'
  | 'expirationDate'
  | 'partitionKey'
>;

/** What the view knows besides the cookie: the time, and what its page receives. */
export interface SearchContext {
  /** Milliseconds since the epoch. */
  now: number;
  /**
   * Whether the view's page is sent the cookie (popup, panel: isSentToPage); the manager has no
   * page. A callback, so pages without one never load the rule.
   */
  isSent?: ((cookie: SearchableCookie) => boolean) | undefined;
  /**
   * Whether the audit found something of that severity about the cookie, for `has:`: read from
   * findings computed once per list (auditCookies(...).has), never audited per keystroke. Without
   * it `has:` matches nothing.
   */
  hasFinding?: ((cookie: SearchableCookie, severity: AuditSeverity) => boolean) | undefined;
}

/**
 * Whether a cookie passes every term. An invalid search matches nothing, so the list never
 * pretends to be filtered when it is not; nor does one still loading its engine.
 */
export function matchesSearch(
  cookie: SearchableCookie,
  search: CookieSearch,
  context: SearchContext,
): boolean {
  if (search.kind === 'match') return search.test(cookie, context);
  return search.kind === 'all';
}

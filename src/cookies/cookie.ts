/** SameSite as the cookies API names it; `unspecified` means the attribute was absent. */
export type SameSite = 'no_restriction' | 'lax' | 'strict' | 'unspecified';

export const sameSiteValues: readonly SameSite[] = [
  'unspecified',
  'lax',
  'strict',
  'no_restriction',
];

/** CHIPS partition of a partitioned cookie (Chrome 119+). */
export interface PartitionKey {
  topLevelSite?: string;
  hasCrossSiteAncestor?: boolean;
}

/**
 * A cookie as the browser stores it: the same shape as `chrome.cookies.Cookie`, declared here so
 * that `src/` never depends on browser types.
 */
export interface Cookie {
  name: string;
  value: string;
  /** With a leading dot for a domain cookie, without one for a host-only cookie. */
  domain: string;
  hostOnly: boolean;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  session: boolean;
  /** Seconds since the epoch, possibly with a fraction; absent for session cookies. */
  expirationDate?: number;
  storeId: string;
  partitionKey?: PartitionKey;
  /**
   * Firefox only: the first party a cookie is isolated to under first-party isolation
   * (privacy.firstparty.isolate), "" otherwise. Part of its identity; absent in Chromium.
   */
  firstPartyDomain?: string;
}

/**
 * What the user edits and what gets written. `domain` never has a leading dot: `hostOnly`
 * says whether it is the exact host or the domain and its subdomains.
 */
export interface CookieDraft {
  name: string;
  value: string;
  domain: string;
  hostOnly: boolean;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  /** Absent: a session cookie. */
  expirationDate?: number;
  storeId: string;
  partitionKey?: PartitionKey;
  /** Firefox only, see Cookie. */
  firstPartyDomain?: string;
}

/**
 * The host a cookie (or a Domain attribute) belongs to: without the leading dot a domain
 * cookie's domain carries (and a Set-Cookie's Domain may have).
 */
export function cookieHost(cookie: Pick<Cookie, 'domain'> | string): string {
  const domain = typeof cookie === 'string' ? cookie : cookie.domain;
  return domain.startsWith('.') ? domain.slice(1) : domain;
}

export function draftFromCookie(cookie: Cookie): CookieDraft {
  const draft: CookieDraft = {
    name: cookie.name,
    value: cookie.value,
    domain: cookieHost(cookie),
    hostOnly: cookie.hostOnly,
    path: cookie.path,
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    sameSite: cookie.sameSite,
    storeId: cookie.storeId,
  };
  if (!cookie.session && cookie.expirationDate !== undefined) {
    draft.expirationDate = cookie.expirationDate;
  }
  if (cookie.partitionKey) draft.partitionKey = { ...cookie.partitionKey };
  if (cookie.firstPartyDomain !== undefined) draft.firstPartyDomain = cookie.firstPartyDomain;
  return draft;
}

/** The cookie a draft describes, as the browser would report it once stored. */
export function cookieFromDraft(draft: CookieDraft): Cookie {
  const host = cookieHost(draft);
  const cookie: Cookie = {
    name: draft.name,
    value: draft.value,
    domain: draft.hostOnly ? host : `.${host}`,
    hostOnly: draft.hostOnly,
    path: draft.path,
    secure: draft.secure,
    httpOnly: draft.httpOnly,
    sameSite: draft.sameSite,
    session: draft.expirationDate === undefined,
    storeId: draft.storeId,
  };
  if (draft.expirationDate !== undefined) cookie.expirationDate = draft.expirationDate;
  if (draft.partitionKey) cookie.partitionKey = { ...draft.partitionKey };
  if (draft.firstPartyDomain !== undefined) cookie.firstPartyDomain = draft.firstPartyDomain;
  return cookie;
}

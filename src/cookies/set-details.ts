import { daySeconds } from './classify-lifetime';
import type { Cookie, CookieDraft, PartitionKey, SameSite } from './cookie';
import { cookieHost } from './cookie';
import { cookieUrl } from './cookie-url';

/**
 * The argument of `cookies.set`. Only these keys are accepted: passing a whole Cookie object
 * (with hostOnly or session) is a schema error.
 */
export interface SetDetails {
  url: string;
  name: string;
  value: string;
  domain?: string;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  expirationDate?: number;
  storeId: string;
  partitionKey?: PartitionKey;
  /** Firefox only; required there under first-party isolation. Never sent to Chromium. */
  firstPartyDomain?: string;
}

/** Filter for reading cookies back; `partitionKey: {}` asks for every partition. */
export interface CookieQuery {
  url?: string;
  domain?: string;
  name?: string;
  storeId?: string;
  partitionKey?: PartitionKey;
  /**
   * Firefox only: a first party, or null for every one. Without it Firefox returns only cookies
   * whose firstPartyDomain is "" (and throws under first-party isolation): pinned in
   * e2e/firefox/cookie-semantics.spec.ts.
   */
  firstPartyDomain?: string | null;
}

export function setDetailsFor(draft: CookieDraft): SetDetails {
  const details: SetDetails = {
    url: cookieUrl(draft),
    name: draft.name,
    value: draft.value,
    path: draft.path,
    secure: draft.secure,
    httpOnly: draft.httpOnly,
    // Always explicit: Firefox defaults an omitted sameSite to no_restriction, Chrome to
    // unspecified.
    sameSite: draft.sameSite,
    storeId: draft.storeId,
  };
  // A host-only cookie is made by leaving `domain` out; passing it makes a domain cookie.
  if (!draft.hostOnly) details.domain = cookieHost(draft);
  if (draft.expirationDate !== undefined) details.expirationDate = draft.expirationDate;
  if (draft.partitionKey) details.partitionKey = { ...draft.partitionKey };
  if (draft.firstPartyDomain !== undefined) details.firstPartyDomain = draft.firstPartyDomain;
  return details;
}

/**
 * Writing a cookie's exact identity with an expiry in the past deletes that one cookie and no
 * other, unlike `cookies.remove({url, name})`, which deletes every same-name cookie the url
 * would receive (parent paths, the domain cookie). Chrome reads an expiry of 0 as "no expiry",
 * so the date is a day before now.
 */
export function expireDetailsFor(cookie: Cookie | CookieDraft, nowSeconds: number): SetDetails {
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
    expirationDate: Math.floor(nowSeconds) - daySeconds,
  };
  if (cookie.partitionKey) draft.partitionKey = cookie.partitionKey;
  if (cookie.firstPartyDomain !== undefined) draft.firstPartyDomain = cookie.firstPartyDomain;
  return setDetailsFor(draft);
}

/** The query that finds a cookie and its same-host siblings in every partition. */
export function readBackQuery(cookie: Cookie | CookieDraft): CookieQuery {
  return {
    domain: cookieHost(cookie),
    name: cookie.name,
    storeId: cookie.storeId,
    partitionKey: {},
    ...(cookie.firstPartyDomain !== undefined && { firstPartyDomain: cookie.firstPartyDomain }),
  };
}

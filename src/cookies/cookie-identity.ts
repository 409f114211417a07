import { type Cookie, type CookieDraft, cookieHost } from './cookie';

/**
 * What makes two cookies different cookies to the browser. Changing any of these is not an
 * edit but "create another cookie, then remove this one".
 */
export interface CookieIdentity {
  storeId: string;
  name: string;
  /** Lower-case host, without a leading dot. */
  host: string;
  hostOnly: boolean;
  path: string;
  /** The partition's top-level site; empty for an unpartitioned cookie. */
  topLevelSite: string;
  hasCrossSiteAncestor: boolean;
  /** Firefox's first-party isolation key; "" when not isolated (and always in Chromium). */
  firstPartyDomain: string;
}

/** Anything that names a cookie: a cookie, a draft, or a journal record without the value. */
export type IdentitySource = Omit<Cookie, 'value'> | Omit<CookieDraft, 'value'>;

export function identityOf(cookie: IdentitySource): CookieIdentity {
  const host = cookieHost(cookie).toLowerCase();
  return {
    storeId: cookie.storeId,
    name: cookie.name,
    host,
    hostOnly: cookie.hostOnly,
    path: cookie.path,
    topLevelSite: cookie.partitionKey?.topLevelSite ?? '',
    // Chrome's remove() assumes `true` when the flag is missing, but getAll always reports it;
    // a missing flag only comes from older browsers, where there is no such distinction.
    hasCrossSiteAncestor: cookie.partitionKey?.hasCrossSiteAncestor ?? false,
    firstPartyDomain: cookie.firstPartyDomain ?? '',
  };
}

/** A string that is equal for two cookies exactly when their identities are equal. */
export function identityKey(cookie: IdentitySource): string {
  const id = identityOf(cookie);
  return JSON.stringify([
    id.storeId,
    id.name,
    id.host,
    id.hostOnly,
    id.path,
    id.topLevelSite,
    id.hasCrossSiteAncestor,
    // Appended only when set, so keys of cookies without one (every Chromium cookie, Firefox's
    // usual "") stay what they were: journals and snapshots keyed by them still match.
    ...(id.firstPartyDomain ? [id.firstPartyDomain] : []),
  ]);
}

export function sameIdentity(a: IdentitySource, b: IdentitySource): boolean {
  return identityKey(a) === identityKey(b);
}

/** The fields whose change makes an edit an identity change, for messages to the user. */
export function changedIdentityFields(a: CookieIdentity, b: CookieIdentity): string[] {
  const fields: string[] = [];
  if (a.name !== b.name) fields.push('name');
  if (a.host !== b.host) fields.push('domain');
  if (a.hostOnly !== b.hostOnly) fields.push('host-only');
  if (a.path !== b.path) fields.push('path');
  if (a.topLevelSite !== b.topLevelSite || a.hasCrossSiteAncestor !== b.hasCrossSiteAncestor) {
    fields.push('partition');
  }
  if (a.storeId !== b.storeId) fields.push('store');
  if (a.firstPartyDomain !== b.firstPartyDomain) fields.push('first party');
  return fields;
}

import type { Cookies } from 'webextension-polyfill';
import type { Cookie } from '../../src/cookies/cookie';
import type { CookieStorePort } from '../../src/cookies/cookie-store-port';
import type { CookieQuery } from '../../src/cookies/set-details';
import { browser, hasFirstPartyDomains } from '../platform';

/** The browser's cookie, reduced to the fields of our model. */
export function toCookie(cookie: Cookies.Cookie): Cookie {
  const result: Cookie = {
    name: cookie.name,
    value: cookie.value,
    domain: cookie.domain,
    hostOnly: cookie.hostOnly,
    path: cookie.path,
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    sameSite: cookie.sameSite,
    session: cookie.session,
    storeId: cookie.storeId,
  };
  if (!cookie.session && cookie.expirationDate !== undefined)
    result.expirationDate = cookie.expirationDate;
  if (cookie.partitionKey?.topLevelSite !== undefined) {
    result.partitionKey = {
      topLevelSite: cookie.partitionKey.topLevelSite,
      ...(cookie.partitionKey.hasCrossSiteAncestor !== undefined
        ? { hasCrossSiteAncestor: cookie.partitionKey.hasCrossSiteAncestor }
        : {}),
    };
  }
  // Firefox only ("" unless first-party isolation made it a site); kept as part of the identity.
  const { firstPartyDomain } = cookie as { firstPartyDomain?: unknown };
  if (typeof firstPartyDomain === 'string') result.firstPartyDomain = firstPartyDomain;
  return result;
}

/**
 * Firefox's getAll without firstPartyDomain returns only cookies of no first party, and throws
 * under first-party isolation (e2e/firefox/cookie-semantics.spec.ts): unless the query names one,
 * ask for every first party (null). Chromium has no such key and rejects it.
 */
function everyFirstParty(query: CookieQuery): CookieQuery {
  if (!hasFirstPartyDomains) return withoutFirstParty(query);
  return query.firstPartyDomain === undefined ? { ...query, firstPartyDomain: null } : query;
}

/** A call for Chromium, which has no first parties: a Firefox cookie imported there has none. */
function withoutFirstParty<T extends { firstPartyDomain?: unknown }>(details: T): T {
  if (hasFirstPartyDomains || !('firstPartyDomain' in details)) return details;
  const { firstPartyDomain: _firefoxOnly, ...rest } = details;
  return rest as T;
}

/** Firefox's refusal of a call without firstPartyDomain while first-party isolation is on. */
function needsFirstParty(error: unknown): boolean {
  return String(error instanceof Error ? error.message : error).includes(
    "'firstPartyDomain' attribute was not set",
  );
}

/** The browser's cookies API as the port the write logic of src/ uses. */
export const browserCookieStore: CookieStorePort = {
  async set(details) {
    const cookie = await browser.cookies.set(withoutFirstParty(details));
    return cookie ? toCookie(cookie) : null;
  },
  async getAll(query) {
    return (await browser.cookies.getAll(everyFirstParty(query))).map(toCookie);
  },
  async remove(details) {
    await browser.cookies.remove(withoutFirstParty(details));
  },
  ...(hasFirstPartyDomains && {
    // Firefox's privacy.firstparty.isolate cannot be read without the privacy permission; a
    // getAll without firstPartyDomain answers the same question: it throws only under isolation
    // (pinned in e2e/firefox/cookie-semantics.spec.ts). Asked each time: the pref can change.
    async isolatesFirstParties() {
      try {
        await browser.cookies.getAll({ domain: 'first-party-isolation.invalid' });
        return false;
      } catch (error) {
        if (needsFirstParty(error)) return true;
        throw error;
      }
    },
  }),
};

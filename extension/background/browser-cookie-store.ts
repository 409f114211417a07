import type { Cookies } from 'webextension-polyfill';
import type { Cookie } from '../../src/cookies/cookie';
import type { CookieStorePort } from '../../src/cookies/cookie-store-port';
import { browser } from '../platform';

/** The browser's cookie, reduced to the fields of our model (Firefox adds firstPartyDomain etc.). */
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
  return result;
}

/** The browser's cookies API as the port the write logic of src/ uses. */
export const browserCookieStore: CookieStorePort = {
  async set(details) {
    const cookie = await browser.cookies.set(details);
    return cookie ? toCookie(cookie) : null;
  },
  async getAll(query) {
    return (await browser.cookies.getAll(query)).map(toCookie);
  },
  async remove(details) {
    await browser.cookies.remove(details);
  },
};

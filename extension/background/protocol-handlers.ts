import { identityKey } from '../../src/cookies/cookie-identity';
import { deleteAllExactly, deleteExactly } from '../../src/cookies/delete-exactly';
import { saveCookie } from '../../src/cookies/save-cookie';
import type { CookieQuery } from '../../src/cookies/set-details';
import type { CookieScope } from '../../src/protocol/cookie-protocol';
import type { ProtocolHandlers } from '../../src/protocol/dispatch-request';
import { browserCookieStore } from './browser-cookie-store';
import { describeSites } from './describe-sites';
import { describeTab } from './describe-tab';

const nowSeconds = () => Date.now() / 1000;

// `partitionKey: {}` asks for every partition: without it partitioned (CHIPS) cookies are
// silently left out, a known blind spot of other editors.
function queryFor(scope: CookieScope, storeId: string): CookieQuery {
  if ('site' in scope) return { domain: scope.site, storeId, partitionKey: {} };
  if ('url' in scope) return { url: scope.url, storeId, partitionKey: {} };
  return { storeId, partitionKey: {} };
}

export const protocolHandlers = {
  describeTab: ({ tabId }) => describeTab(tabId),
  listCookies: async ({ scope, storeId }) => {
    const cookies = await browserCookieStore.getAll(queryFor(scope, storeId));
    // One row per identity, even if a browser reports a cookie twice across partition queries.
    const unique = new Map(cookies.map((cookie) => [identityKey(cookie), cookie]));
    return { cookies: [...unique.values()] };
  },
  saveCookie: (request) => saveCookie(browserCookieStore, request, nowSeconds()),
  deleteCookie: async ({ cookie }) => {
    await deleteExactly(browserCookieStore, cookie, nowSeconds());
    return { deleted: 1 };
  },
  deleteCookies: ({ cookies }) => deleteAllExactly(browserCookieStore, cookies, nowSeconds()),
  describeSites: async ({ urls }) => ({ sites: await describeSites(urls) }),
} satisfies ProtocolHandlers;

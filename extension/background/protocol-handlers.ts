import type { Cookie } from '../../src/cookies/cookie';
import { identityKey } from '../../src/cookies/cookie-identity';
import { publicSuffixRules } from '../../src/cookies/cookie-site';
import type { CookieQuery } from '../../src/cookies/set-details';
import { createActionContext } from '../../src/journal/action-context';
import { deleteAction } from '../../src/journal/delete-action';
import { importAction } from '../../src/journal/import-action';
import { recoverUnfinished } from '../../src/journal/recover-unfinished';
import { saveAction } from '../../src/journal/save-action';
import { undoAction } from '../../src/journal/undo-action';
import type { CookieScope } from '../../src/protocol/cookie-protocol';
import type { ProtocolHandlers } from '../../src/protocol/dispatch-request';
import { browser } from '../platform';
import { browserCookieStore } from './browser-cookie-store';
import { describeSites } from './describe-sites';
import { describeTab } from './describe-tab';
import { forgetJournalOnDisk, journalStore, sessionKeys } from './journal-store';

// `partitionKey: {}` asks for every partition: without it partitioned (CHIPS) cookies are
// silently left out, a known blind spot of other editors.
function queryFor(scope: CookieScope, storeId: string): CookieQuery {
  if ('site' in scope) return { domain: scope.site, storeId, partitionKey: {} };
  if ('url' in scope) return { url: scope.url, storeId, partitionKey: {} };
  return { storeId, partitionKey: {} };
}

async function listUnique(scope: CookieScope, storeId: string): Promise<Cookie[]> {
  const cookies = await browserCookieStore.getAll(queryFor(scope, storeId));
  // One row per identity, even if a browser reports a cookie twice across partition queries.
  return [...new Map(cookies.map((cookie) => [identityKey(cookie), cookie])).values()];
}

const actions = createActionContext({
  port: browserCookieStore,
  journal: journalStore,
  now: () => Date.now(),
  hostRules: publicSuffixRules,
});

/**
 * Runs once per worker start, before any action: finishes what a stopped worker left running.
 * Actions queue behind it (they share `actions.exclusive`).
 */
export function recoverOnStart(): Promise<void> {
  return recoverUnfinished(actions)
    .then(async () => {
      await journalStore.removeOrphans(await sessionKeys());
      await forgetJournalOnDisk();
    })
    .catch((error: unknown) => console.error('Cookie Workbench: recovery failed', error));
}

export const protocolHandlers = {
  describeTab: ({ tabId, includeCookies }) =>
    describeTab(
      tabId,
      includeCookies ? (site, storeId) => listUnique({ site }, storeId) : undefined,
    ),
  listCookies: async ({ scope, storeId }) => ({ cookies: await listUnique(scope, storeId) }),
  saveCookie: (request) => saveAction(actions, request),
  deleteCookies: ({ cookies, withoutUndo }) =>
    deleteAction(actions, cookies, withoutUndo ? { withoutUndo } : {}),
  importCookies: (request) => importAction(actions, request),
  listCookieStores: async () => {
    const stores = await browser.cookies.getAllCookieStores();
    return {
      stores: stores.map((s) => ({
        id: s.id,
        incognito: s.incognito ?? s.id === '1',
        tabIds: s.tabIds,
      })),
    };
  },
  listHistory: async () => ({ entries: (await journalStore.list()).reverse() }),
  undo: ({ entryId }) => undoAction(actions, entryId),
  // Behind running actions, so a clear never removes the record of one under way.
  clearHistory: () => actions.exclusive(async () => ({ cleared: await journalStore.clear() })),
  // Behind recovery: the notices of this start are there once it is done.
  listNotices: () =>
    actions.exclusive(async () => ({ notices: await journalStore.listNotices(Date.now()) })),
  dismissNotices: async ({ ids }) => {
    await journalStore.dismissNotices(ids);
    return {};
  },
  describeSites: async ({ urls }) => ({ sites: await describeSites(urls) }),
} satisfies ProtocolHandlers;

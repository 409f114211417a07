import type { Cookie } from '../../src/cookies/cookie';
import { identityKey } from '../../src/cookies/cookie-identity';
import { publicSuffixRules } from '../../src/cookies/cookie-site';
import { CookieWriteError } from '../../src/cookies/cookie-write-error';
import { deleteAllExactly, deleteExactly } from '../../src/cookies/delete-exactly';
import { importCookies } from '../../src/cookies/import-cookies';
import { readExact, readStores } from '../../src/cookies/read-exact';
import { saveCookie } from '../../src/cookies/save-cookie';
import type { CookieQuery } from '../../src/cookies/set-details';
import { summarize, undoEntry } from '../../src/cookies/undo-journal';
import type { CookieScope } from '../../src/protocol/cookie-protocol';
import type { ProtocolHandlers } from '../../src/protocol/dispatch-request';
import { browser } from '../platform';
import { browserCookieStore } from './browser-cookie-store';
import { describeSites } from './describe-sites';
import { describeTab } from './describe-tab';
import { clearJournal, markUndone, readJournal, recordInJournal } from './journal-store';

const nowSeconds = () => Date.now() / 1000;

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

const quoted = (cookies: Cookie[]) =>
  cookies.length === 1 ? `"${cookies[0]?.name}"` : `${cookies.length} cookies`;

export const protocolHandlers = {
  describeTab: ({ tabId, includeCookies }) =>
    describeTab(
      tabId,
      includeCookies ? (site, storeId) => listUnique({ site }, storeId) : undefined,
    ),
  listCookies: async ({ scope, storeId }) => ({ cookies: await listUnique(scope, storeId) }),
  // The journal keeps cookies as the browser had them right before the action, not as the page
  // last listed them: a site may have changed a value since, and undo puts back exactly that.
  saveCookie: async (request) => {
    const { replaced, ...outcome } = await saveCookie(browserCookieStore, request, nowSeconds());
    if (!request.original || outcome.plan === 'unchanged') return outcome;
    const before = replaced ?? request.original;
    const journalId = await recordInJournal({
      kind: 'edit',
      label: `Edited ${quoted([before])}`,
      before: [before],
      after: [outcome.cookie],
    });
    return { ...outcome, journalId };
  },
  deleteCookie: async ({ cookie }) => {
    const before = (await readExact(browserCookieStore, cookie)) ?? cookie;
    await deleteExactly(browserCookieStore, cookie, nowSeconds());
    const journalId = await recordInJournal({
      kind: 'delete',
      label: `Deleted ${quoted([before])}`,
      before: [before],
      after: [],
    });
    return { deleted: 1, journalId };
  },
  deleteCookies: async ({ cookies }) => {
    const present = await readStores(
      browserCookieStore,
      cookies.map((c) => c.storeId),
    );
    const before = cookies.map((c) => present.get(identityKey(c)) ?? c);
    const outcome = await deleteAllExactly(browserCookieStore, before, nowSeconds());
    if (outcome.deleted === 0) return outcome;
    const journalId = await recordInJournal({
      kind: 'bulk-delete',
      label: `Deleted ${quoted(before)}`,
      before,
      after: [],
    });
    return { ...outcome, journalId };
  },
  importCookies: async ({ drafts, onExisting }) => {
    const { results, replaced } = await importCookies(browserCookieStore, drafts, {
      onExisting,
      nowSeconds: nowSeconds(),
      hostRules: publicSuffixRules,
    });
    const after = results.flatMap((r) => ('cookie' in r ? [r.cookie] : []));
    if (after.length === 0) return { results };
    const journalId = await recordInJournal({
      kind: 'import',
      label: `Imported ${quoted(after)}`,
      before: replaced,
      after,
    });
    return { results, journalId };
  },
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
  listHistory: async () => ({ entries: (await readJournal()).entries.map(summarize).reverse() }),
  undo: async ({ entryId }) => {
    const entry = (await readJournal()).entries.find((e) => e.id === entryId);
    if (!entry) throw new CookieWriteError('That action is no longer in the history.');
    if (entry.undone) throw new CookieWriteError('That action was already undone.');
    const outcome = await undoEntry(browserCookieStore, entry, nowSeconds());
    await markUndone(entryId);
    return outcome;
  },
  clearHistory: async () => ({ cleared: await clearJournal() }),
  describeSites: async ({ urls }) => ({ sites: await describeSites(urls) }),
} satisfies ProtocolHandlers;

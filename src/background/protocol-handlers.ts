import type { Cookie } from '../cookies/cookie';
import { identityKey } from '../cookies/cookie-identity';
import { publicSuffixRules, siteOfHost } from '../cookies/cookie-site';
import type { CookieStorePort } from '../cookies/cookie-store-port';
import type { CookieQuery } from '../cookies/set-details';
import { createActionContext } from '../journal/action-context';
import { deleteAction } from '../journal/delete-action';
import { importAction } from '../journal/import-action';
import { JournalStore, type SessionArea } from '../journal/journal-store';
import { recoverUnfinished } from '../journal/recover-unfinished';
import { saveAction } from '../journal/save-action';
import { undoAction } from '../journal/undo-action';
import type { CookieScope } from '../protocol/cookie-protocol';
import type { ProtocolHandlers } from '../protocol/dispatch-request';
import type { BrowserFacts } from './browser-facts';
import { describeSites, describeTab } from './describe-tab';
import { notingOwnWrites } from './noting-own-writes';
import type { OwnWrites } from './own-writes';
import { createProtection, type Protection, type RulesArea } from './protection-handlers';
import { createSnapshotHandlers, type LocalArea } from './snapshot-handlers';
import { describeStores } from './store-kinds';

export interface BackgroundParts {
  /** The browser's cookies, as they are: writes made through it are noted in `ownWrites`. */
  store: CookieStorePort;
  /** `storage.session`: where the undo journal lives. */
  sessionArea: SessionArea;
  /** `storage.local`, never synced: where snapshots live. */
  localArea: LocalArea;
  facts: BrowserFacts;
  ownWrites: OwnWrites;
  /** `storage.local`'s protection rules. */
  rulesArea: RulesArea;
  /** ms since the epoch. */
  now: () => number;
}

export interface Background {
  handlers: ProtocolHandlers;
  /**
   * Runs once per worker start, before any action: finishes what a stopped worker left running
   * and drops records no entry points at. Actions queue behind it (they share one queue).
   */
  recoverOnStart(): Promise<void>;
  /** Protect and block rules: every cookie change goes through `onChange`. */
  protection: Pick<Protection, 'onChange' | 'wake'>;
}

// `partitionKey: {}` asks for every partition: without it partitioned (CHIPS) cookies are
// silently left out, a known blind spot of other editors.
function queryFor(scope: CookieScope, storeId: string): CookieQuery {
  if ('site' in scope) return { domain: scope.site, storeId, partitionKey: {} };
  if ('url' in scope) return { url: scope.url, storeId, partitionKey: {} };
  return { storeId, partitionKey: {} };
}

/** Every decision the background makes, over the cookie store, journal and browser it is given. */
export function createProtocolHandlers(parts: BackgroundParts): Background {
  const { facts, now } = parts;
  const port = notingOwnWrites(parts.store, parts.ownWrites);
  const journal = new JournalStore(parts.sessionArea);
  const actions = createActionContext({ port, journal, now, hostRules: publicSuffixRules });

  const protection = createProtection({
    port,
    rules: parts.rulesArea,
    sessionArea: parts.sessionArea,
    storeIds: async () => (await facts.cookieStores()).map((store) => store.id),
    now,
  });

  const listUnique = async (scope: CookieScope, storeId: string): Promise<Cookie[]> => {
    const cookies = await port.getAll(queryFor(scope, storeId));
    // One row per identity, even if a browser reports a cookie twice across partition queries.
    return [...new Map(cookies.map((cookie) => [identityKey(cookie), cookie])).values()];
  };

  // The notices of this start exist once recovery is done, which may mean finishing a stopped
  // import: the popup's first answer carries them only if it is done (the page asks on its own
  // otherwise, and that request waits), so a recovery never holds up a popup's rows.
  let recovered = true;
  const handlers = {
    describeTab: async ({ tabId, includeCookies, includeProtection, includeNotices }) => {
      const [described, protectionState, notices] = await Promise.all([
        describeTab(
          facts,
          tabId,
          includeCookies ? (site, storeId) => listUnique({ site }, storeId) : undefined,
        ),
        // Neither may cost the popup its rows: if one cannot be read, the answer goes without
        // it and the page asks for it on its own (as it does when not given it).
        includeProtection ? protection.peek().catch(() => undefined) : undefined,
        includeNotices && recovered ? journal.listNotices(now()).catch(() => undefined) : undefined,
      ]);
      return {
        ...described,
        ...(protectionState && { protection: protectionState }),
        ...(notices && { notices }),
      };
    },
    listCookies: async ({ scope, storeId }) => ({ cookies: await listUnique(scope, storeId) }),
    saveCookie: (request) => saveAction(actions, request),
    deleteCookies: ({ cookies, withoutUndo }) =>
      deleteAction(actions, cookies, withoutUndo ? { withoutUndo } : {}),
    importCookies: (request) => importAction(actions, request),
    listCookieStores: async () => ({ stores: await describeStores(facts) }),
    describeFirstParties: async () => ({
      isolated: (await port.isolatesFirstParties?.()) ?? false,
    }),
    listHistory: async () => ({ entries: (await journal.list()).reverse() }),
    undo: ({ entryId }) => undoAction(actions, entryId),
    // Behind running actions, so a clear never removes the record of one under way.
    clearHistory: () => actions.exclusive(async () => ({ cleared: await journal.clear() })),
    // Behind recovery: the notices of this start are there once it is done.
    listNotices: () =>
      actions.exclusive(async () => ({ notices: await journal.listNotices(now()) })),
    dismissNotices: async ({ ids }) => {
      await journal.dismissNotices(ids);
      return {};
    },
    describeSites: async ({ urls }) => ({ sites: await describeSites(facts, urls) }),
    ...createSnapshotHandlers({
      actions,
      area: parts.localArea,
      siteOf: siteOfHost,
      protectedAmong: protection.protectedAmong,
    }),
    ...protection.handlers,
  } satisfies ProtocolHandlers;

  return {
    handlers,
    recoverOnStart: () => {
      recovered = false;
      const recovery = (async () => {
        await recoverUnfinished(actions);
        await journal.removeOrphans(await parts.sessionArea.keys());
      })();
      const done = () => {
        recovered = true;
      };
      recovery.then(done, done);
      return recovery;
    },
    protection,
  };
}

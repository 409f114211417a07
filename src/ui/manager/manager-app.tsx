import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { type Cookie, cookieHost } from '../../cookies/cookie';
import { t } from '../../i18n/t';
import type { JournalSummary } from '../../journal/journal-entry';
import { matchesSearch } from '../../search/cookie-search';
import { cookieLabel } from '../../text/cookie-label';
import { ActionFeedbackView } from '../action-feedback-view';
import type { CookieConnector } from '../cookie-connector';
import { focusIfLost, isFocusLost } from '../focus-if-lost';
import { LoopNotices } from '../protection/loop-notices';
import { ProtectedAmongQuestion } from '../protection/protected-among-question';
import { ProtectionRulesList } from '../protection/protection-rules-list';
import { useProtection } from '../protection/use-protection';
import { RecoveryNotices } from '../recovery-notices';
import { useCookieSearch } from '../search/use-cookie-search';
import { SnapshotsButton } from '../snapshots/snapshots-button';
import { CookieDetails } from '../table/cookie-details';
import { sortCookiesBy } from '../table/cookie-sort';
import { CookieTableHead } from '../table/cookie-table-head';
import { siblingSignature } from '../table/sibling-signature';
import { useTableSettings, widthStyle } from '../table/table-settings';
import { TransferActions } from '../transfer/transfer-actions';
import { useActionFeedback } from '../use-action-feedback';
import { useWithoutUndoQuestion, WithoutUndoQuestion } from '../without-undo-question';
import { BulkDeleteConfirmation } from './bulk-delete-confirmation';
import { CookieFilterBar } from './cookie-filter-bar';
import { type CookieFilters, matchesFilters, noFilters } from './cookie-filters';
import { cookieKey } from './cookie-key';
import type { CookieOrder } from './cookie-order';
import {
  emptySelection,
  type Selection,
  selectedCookies,
  setSelected,
  toggleSelected,
} from './cookie-selection';
import { HistoryList } from './history-list';
import {
  clearAllHistory,
  deleteOneCookie,
  deleteSelectedCookies,
  undoHistoryEntry,
} from './manager-actions';
import { type Editing, ManagerEditor } from './manager-editor';
import { ManagerList, type ManagerListHandle } from './manager-list';
import type { RowActions } from './manager-row';
import { ManagerToolbar } from './manager-toolbar';
import { memoComponent } from './memo-component';
import { type SelectionSummary, summarizeSelection } from './selection-summary';
import type { SiteGroupActions } from './site-group-header';
import { groupBySite } from './site-groups';
import { useAllCookies } from './use-all-cookies';
import { useHistory } from './use-history';
import { useLazyAudit } from './use-lazy-audit';
import { useMinuteClock } from './use-minute-clock';
import { visibleRows } from './visible-rows';

// Rendered again only when their own props change: a search keystroke renders the app, and
// these have nothing to show for it (the table head measures its cells after each render).
const TableHead = memoComponent(CookieTableHead);
const History = memoComponent(HistoryList);
const FilterBar = memoComponent(CookieFilterBar);
const ProtectionRules = memoComponent(ProtectionRulesList);
const Recovery = memoComponent(RecoveryNotices);
const Feedback = memoComponent(ActionFeedbackView);

export interface ManagerAppProps {
  connector: CookieConnector;
}

/** Every cookie of every store, grouped by site: search, filter, select, edit, delete, undo. */
export function ManagerApp({ connector }: ManagerAppProps) {
  const listing = useAllCookies(connector);
  const history = useHistory(connector);
  const now = useMinuteClock();
  const { reload: reloadCookies } = listing;
  const { reload: reloadHistory } = history;
  const afterWrite = useCallback(() => {
    void reloadCookies();
    void reloadHistory();
  }, [reloadCookies, reloadHistory]);
  const feedback = useActionFeedback(afterWrite);
  const { run } = feedback;

  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<CookieFilters>(noFilters);
  const [order, setOrder] = useState<CookieOrder>('name');
  const [selection, setSelection] = useState<Selection>(emptySelection);
  const [editing, setEditing] = useState<Editing>();
  const [detailKey, setDetailKey] = useState<string>();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState<{
    cookies: Cookie[];
    summary: SelectionSummary;
    /** Asked with Delete on a row with nothing selected: that cookie, in words. */
    single?: string;
  }>();
  const protection = useProtection(connector);
  const protectionRef = useRef(protection);
  protectionRef.current = protection;
  const [askUnprotect, setAskUnprotect] = useState<{ key: string; action: 'edit' | 'delete' }>();
  // A protected cookie's Edit or Delete on its row opens its details, which ask to unprotect.
  const askFirst = (cookie: Cookie, action: 'edit' | 'delete') => {
    if (!protectionRef.current.isProtected(cookie)) return false;
    const key = cookieKey(cookie);
    setDetailKey(key);
    setAskUnprotect({ key, action });
    return true;
  };
  const askFirstRef = useRef(askFirst);
  askFirstRef.current = askFirst;
  const list = useRef<ManagerListHandle>(null);
  const main = useRef<HTMLElement>(null);
  const newCookieButton = () =>
    main.current?.querySelector<HTMLElement>('[data-testid="manager-new-cookie"]');

  // Grouping and ordering happen per listing; a keystroke only filters the ordered groups.
  // No page here: `sent:` says so.
  const search = useCookieSearch(query, false);
  // An invalid search says why in the toolbar; one still loading its engine answers shortly.
  const searchSettled = search.kind !== 'invalid' && search.kind !== 'loading';
  const [table, setTable] = useTableSettings();
  const groups = useMemo(() => {
    const bySite = groupBySite(listing.cookies, listing.siteOf, order);
    const sort = table.sort;
    if (!sort) return bySite;
    return bySite.map((group) => ({ ...group, cookies: sortCookiesBy(group.cookies, sort) }));
  }, [listing.cookies, listing.siteOf, order, table.sort]);
  // `is:expired` reads the clock when the list or the search changes, not every minute.
  const audit = useLazyAudit(listing.cookies);
  // A store filter outlives its store (the last private window closed): then it lets all through.
  const storeGone = filters.store !== 'any' && !listing.stores.some((s) => s.id === filters.store);
  const shownFilters = useMemo(
    () => (storeGone ? { ...filters, store: 'any' } : filters),
    [filters, storeGone],
  );
  const view = useMemo(() => {
    const context = { now: Date.now(), hasFinding: audit?.has };
    return visibleRows(
      groups,
      (c) => matchesSearch(c, search, context) && matchesFilters(c, shownFilters),
      collapsed,
    );
  }, [groups, search, shownFilters, collapsed, audit]);
  const selected = useMemo(
    () => selectedCookies(listing.cookies, selection),
    [listing.cookies, selection],
  );
  const protectedIn = (cookies: Cookie[]) => cookies.filter(protection.isProtected);
  const siteOfCookie = (cookie: Cookie) => listing.siteOf(cookieHost(cookie).toLowerCase());
  // Delete on a focused row asks as the popup does: about the selection, or else that row.
  const askDelete = useRef((_cookie: Cookie) => {});
  askDelete.current = (cookie) => {
    const cookies = selected.length > 0 ? selected : [cookie];
    setConfirming({
      cookies,
      summary: summarizeSelection(cookies, siteOfCookie, view.matching),
      ...(selected.length === 0 ? { single: cookieLabel(cookie) } : {}),
    });
  };
  // The row to go on from once these are deleted: the next one still listed, else the one before.
  const rowAfter = (cookies: Cookie[]) => {
    const gone = new Set(cookies.map(cookieKey));
    const keys = view.items.flatMap((item) => (item.kind === 'cookie' ? [item.key] : []));
    const first = keys.findIndex((key) => gone.has(key));
    if (first === -1) return undefined;
    return (
      keys.slice(first).find((key) => !gone.has(key)) ??
      keys
        .slice(0, first)
        .reverse()
        .find((key) => !gone.has(key))
    );
  };

  // Stable, so memoised rows do not re-render because a parent did.
  const rowActions = useMemo<RowActions>(
    () => ({
      onToggle: (key) => setSelection((s) => toggleSelected(s, key)),
      onEdit: (cookie) => {
        if (!askFirstRef.current(cookie, 'edit')) setEditing({ kind: 'edit', cookie });
      },
      onDelete: async (cookie) => {
        if (!askFirstRef.current(cookie, 'delete'))
          await run(() => deleteOneCookie(connector.client, cookie));
      },
      onSelect: (cookie) => setDetailKey(cookieKey(cookie)),
      onAskDelete: (cookie) => askDelete.current(cookie),
    }),
    [connector, run],
  );
  const detailed = useMemo(
    () =>
      detailKey === undefined
        ? undefined
        : listing.cookies.find((cookie) => cookieKey(cookie) === detailKey),
    [detailKey, listing.cookies],
  );
  const closeDetails = () => {
    if (detailKey !== undefined) list.current?.focusRow(detailKey);
    setDetailKey(undefined);
  };
  const siteActions = useMemo<SiteGroupActions>(
    () => ({
      onSelectSite: (cookies, on) =>
        setSelection((s) => setSelected(s, cookies.map(cookieKey), on)),
      onNewCookie: (site, storeId) => setEditing({ kind: 'new', site, storeId }),
      onCollapse: (key, on) =>
        setCollapsed((before) => {
          const next = new Set(before);
          if (on) next.add(key);
          else next.delete(key);
          return next;
        }),
    }),
    [],
  );
  const undoEntry = useCallback(
    (entry: JournalSummary) => run(() => undoHistoryEntry(connector.client, entry)),
    [connector, run],
  );
  const clearHistory = useCallback(
    () => run(() => clearAllHistory(connector.client)),
    [connector, run],
  );
  // Read when the order is chosen, so the callback (and the memoised filter bar) stays the same.
  const tableNow = useRef(table);
  tableNow.current = table;
  const chooseOrder = useCallback(
    (next: CookieOrder) => {
      setOrder(next);
      setTable({ ...tableNow.current, sort: undefined });
    },
    [setTable],
  );
  const { stores } = listing;
  const storeOf = useCallback(
    (storeId: string) =>
      stores.length > 1 ? stores.find((s) => s.id === storeId)?.kind : undefined,
    [stores],
  );
  // A new cookie or an import goes to the store the list is filtered to, else the regular one.
  const defaultStoreId =
    (filters.store !== 'any' && stores.some((s) => s.id === filters.store)
      ? filters.store
      : undefined) ??
    stores.find((s) => s.kind.kind === 'default')?.id ??
    stores[0]?.id ??
    '0';

  const closeEditor = () => {
    if (editing?.kind === 'edit') list.current?.focusRow(cookieKey(editing.cookie));
    else focusIfLost(newCookieButton);
    setEditing(undefined);
  };
  const withoutUndo = useWithoutUndoQuestion();
  const deleteConfirmed = async (
    cookies: Cookie[],
    sites: string[],
    options: { withoutUndo?: true } = {},
  ) => {
    setConfirming(undefined);
    const next = rowAfter(cookies);
    let asked = false;
    await run(async () => {
      const notice = await withoutUndo.attempt(
        t('manager_deleteWithoutUndo'),
        () => void deleteConfirmed(cookies, sites, { withoutUndo: true }),
        () => deleteSelectedCookies(connector.client, cookies, sites, options),
      );
      asked = notice === undefined;
      return notice;
    });
    // Asked instead of deleting: the selection stays for the answer.
    if (!asked) setSelection((s) => setSelected(s, cookies.map(cookieKey), false));
    // "Delete selected…" is disabled once nothing is selected, and a deleted row takes the focus
    // with it: the focus goes on down the list, to the first row after those deleted.
    setTimeout(() => {
      const active = document.activeElement;
      if (!isFocusLost(active) && !active?.closest('[data-testid="manager-row"]')) return;
      if (next) list.current?.focusRow(next);
      else newCookieButton()?.focus();
    });
  };

  return (
    <main class="manager-app" data-testid="manager" ref={main}>
      <header class="manager-header">
        <h1>{t('manager_heading')}</h1>
        <ManagerToolbar
          query={query}
          onQuery={setQuery}
          search={search}
          total={listing.cookies.length}
          matching={view.matching.length}
          selected={selected.length}
          onSelectAllMatching={() =>
            setSelection((s) => setSelected(s, view.matching.map(cookieKey), true))
          }
          onClearSelection={() => setSelection(emptySelection)}
          onDeleteSelected={() =>
            setConfirming({
              cookies: selected,
              summary: summarizeSelection(selected, siteOfCookie, view.matching),
            })
          }
          onNewCookie={() => setEditing({ kind: 'new', site: '', storeId: defaultStoreId })}
          extras={
            <>
              <SnapshotsButton
                connector={connector}
                storeId={selected[0]?.storeId ?? defaultStoreId}
                selection={selected}
                onRestored={(notice) => {
                  feedback.showNotice(notice);
                  afterWrite();
                }}
              />
              <TransferActions
                connector={connector}
                scope={{
                  all: listing.cookies,
                  matching: view.matching,
                  selected,
                  storeId: defaultStoreId,
                  stores,
                  reload: afterWrite,
                  siteOf: siteOfCookie,
                  protection,
                }}
              />
            </>
          }
        />
        <FilterBar
          filters={shownFilters}
          onFilters={setFilters}
          stores={stores}
          order={order}
          onOrder={chooseOrder}
        />
        {confirming && protectedIn(confirming.cookies).length > 0 && (
          <ProtectedAmongQuestion
            count={protectedIn(confirming.cookies).length}
            total={confirming.cookies.length}
            onUnprotect={async () => {
              for (const cookie of protectedIn(confirming.cookies))
                await protection.unprotect(cookie);
            }}
            onLeaveOut={() => {
              const rest = confirming.cookies.filter((c) => !protection.isProtected(c));
              setConfirming({
                cookies: rest,
                summary: summarizeSelection(rest, siteOfCookie, view.matching),
              });
            }}
            onCancel={() => setConfirming(undefined)}
          />
        )}
        {confirming && protectedIn(confirming.cookies).length === 0 && (
          <BulkDeleteConfirmation
            summary={confirming.summary}
            {...(confirming.single === undefined ? {} : { single: confirming.single })}
            returnFocus={newCookieButton}
            onConfirm={() => deleteConfirmed(confirming.cookies, confirming.summary.sites)}
            onCancel={() => setConfirming(undefined)}
          />
        )}
        <WithoutUndoQuestion
          question={withoutUndo.question}
          onClose={withoutUndo.close}
          returnFocus={newCookieButton}
        />
        <Recovery connector={connector} onRecovered={afterWrite} />
        <LoopNotices loops={protection.state?.loops ?? []} />
        <Feedback
          connector={connector}
          notice={feedback.notice}
          error={feedback.error ?? listing.error}
          onUndone={afterWrite}
        />
      </header>
      <div class="manager-body">
        <div class="manager-main cookie-table" style={widthStyle(table.widths)}>
          {listing.loaded && view.items.length === 0 && searchSettled && (
            <p class="empty" data-testid="manager-empty">
              {listing.cookies.length === 0 ? t('manager_emptyStores') : t('manager_emptyMatch')}
            </p>
          )}
          <TableHead settings={table} onSettings={setTable} withPage={false} />
          <ManagerList
            items={view.items}
            selection={selection}
            now={now}
            loaded={listing.loaded}
            storeOf={storeOf}
            rowActions={rowActions}
            detailKey={detailKey}
            findingsOf={audit?.findings}
            protectedOf={protection.isProtected}
            siteActions={siteActions}
            handle={list}
          />
        </div>
        <aside class="manager-side">
          {editing && (
            <ManagerEditor
              connector={connector}
              editing={editing}
              storeOf={storeOf}
              onSaved={(notice) => {
                closeEditor();
                feedback.showNotice(notice);
                afterWrite();
              }}
              onCancel={closeEditor}
            />
          )}
          {!editing && detailed && (
            <CookieDetails
              cookie={detailed}
              now={now}
              findings={audit?.findings(detailed)}
              siblingSig={siblingSignature(listing.cookies, detailed)}
              onEdit={(cookie, value) =>
                setEditing({ kind: 'edit', cookie, ...(value !== undefined ? { value } : {}) })
              }
              onDelete={async (cookie) => {
                await rowActions.onDelete(cookie);
                closeDetails();
              }}
              onClose={closeDetails}
              protection={{
                isProtected: protection.isProtected(detailed),
                onProtect: () => protection.protect(detailed),
                onUnprotect: () => protection.unprotect(detailed),
                onBlock: (domain) => protection.block({ name: detailed.name, domain }),
                onNotice: (text) => feedback.showNotice({ text }),
              }}
              askUnprotect={askUnprotect?.key === detailKey ? askUnprotect : undefined}
            />
          )}
          <ProtectionRules protection={protection} />
          <History
            entries={history.entries}
            error={history.error}
            onUndo={undoEntry}
            onClear={clearHistory}
          />
        </aside>
      </div>
    </main>
  );
}

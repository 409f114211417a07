import { useMemo, useRef, useState } from 'preact/hooks';
import type { Cookie } from '../cookies/cookie';
import { identityKey } from '../cookies/cookie-identity';
import { isolateBidi } from '../cookies/isolate-bidi';
import { isSentToPage, pageContext } from '../cookies/page-context';
import { fill, slot } from '../i18n/fill-message';
import { formatNumber, t, tn } from '../i18n/t';
import type { ProtectionState } from '../protocol/cookie-protocol';
import type { CookieSearch, SearchContext } from '../search/cookie-search';
import { ActionFeedbackView } from './action-feedback-view';
import { SiteAuditSummary } from './audit/site-audit-summary';
import { useAudit } from './audit/use-audit';
import type { CookieConnector } from './cookie-connector';
import { CookieList, type CookieListHandle } from './cookie-list';
import { deleteNotice } from './delete-report-text';
import { countLifetimes, filterCookies, sortCookies } from './filter-cookies';
import { focusIfLost } from './focus-if-lost';
import { LazyCookieEditor } from './lazy-cookie-editor';
import { LazySiteDialog } from './lazy-site-dialogs';
import { LoopNotices } from './protection/loop-notices';
import { useProtection } from './protection/use-protection';
import { SnapshotsButton } from './snapshots/snapshots-button';
import { sortCookiesBy } from './table/cookie-sort';
import { LazyCookieDetails } from './table/lazy-cookie-details';
import { siblingSignature } from './table/sibling-signature';
import { useTableSettings } from './table/table-settings';
import { useActionFeedback } from './use-action-feedback';
import { useSiteCookies } from './use-site-cookies';
import { useWithoutUndoQuestion } from './use-without-undo-question';

/** `value`: the value the inspector rebuilt, in place of the cookie's. */
type Editing = { kind: 'edit'; cookie: Cookie; value?: string } | { kind: 'new' } | undefined;

export interface SiteSectionProps {
  connector: CookieConnector;
  site: string;
  storeId: string;
  /** The page (or frame) the site is shown for: new cookies default to its host. */
  pageUrl: string;
  /** Schemeful site of the tab's top-level page (`https://a.test`): partitions, SameSite. */
  topLevelSite: string;
  /** The filter box, parsed: the same syntax as the manager's search. */
  search: CookieSearch;
  /** What this site is to the inspected page, e.g. "frame http://b.test/" in the panel. */
  label?: string;
  /** The site's cookies if they were read already (the popup gets them with the tab). */
  initialCookies?: Cookie[];
  /** The protection rules if they were read already (likewise). */
  initialProtection?: ProtectionState;
}

/** One site's cookies: header with counts, new/delete-all, the editor and the list. */
export function SiteSection({
  connector,
  site,
  storeId,
  pageUrl,
  topLevelSite,
  search,
  label,
  initialCookies,
  initialProtection,
}: SiteSectionProps) {
  const { cookies, loaded, error, reload } = useSiteCookies(
    connector,
    site,
    storeId,
    initialCookies,
  );
  const [editing, setEditing] = useState<Editing>();
  const [selectedKey, setSelectedKey] = useState<string>();
  const protection = useProtection(connector, initialProtection);
  const [askUnprotect, setAskUnprotect] = useState<{ key: string; action: 'edit' | 'delete' }>();
  // A protected cookie's Edit or Delete from its row opens its details, which ask to unprotect.
  const askFirst = (cookie: Cookie, action: 'edit' | 'delete') => {
    if (!protection.isProtected(cookie)) return false;
    const key = identityKey(cookie);
    setSelectedKey(key);
    setAskUnprotect({ key, action });
    return true;
  };
  const list = useRef<CookieListHandle>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  // Back to the row that was edited, as a keyboard user expects after Save or Cancel.
  const closeEditor = () => {
    if (editing?.kind === 'edit') list.current?.focusRow(identityKey(editing.cookie));
    else focusIfLost(() => newButton.current);
    setEditing(undefined);
  };
  const [confirmAll, setConfirmAll] = useState(false);
  const feedback = useActionFeedback(reload);
  const [table, setTable] = useTableSettings();
  const page = useMemo(
    () => pageContext(pageUrl, site, topLevelSite),
    [pageUrl, site, topLevelSite],
  );
  const audit = useAudit(cookies, { page, pageUrl, site });
  // `sent:` and `is:expired` read the clock: a minute-old list is good enough for a filter.
  const shown = useMemo(() => {
    const now = Date.now();
    const isSent: SearchContext['isSent'] = (cookie) => isSentToPage(cookie, page, now).sent;
    const matching = filterCookies(cookies, search, { now, isSent, hasFinding: audit?.index.has });
    return table.sort ? sortCookiesBy(matching, table.sort) : sortCookies(matching);
  }, [cookies, search, page, table.sort, audit]);
  const counts = useMemo(() => countLifetimes(cookies), [cookies]);
  const now = new Date();

  const { run } = feedback;
  const withoutUndo = useWithoutUndoQuestion();
  const deleteOne = (cookie: Cookie) =>
    run(async () => {
      const report = await connector.client.deleteCookies({ cookies: [cookie] });
      return deleteNotice(report, () => t('list_quotedName', isolateBidi(cookie.name)));
    });
  // The list as shown: the background deletes only those still as listed. Protected cookies
  // are left out (the dialog says so): the background would put them back at once.
  const kept = cookies.filter(protection.isProtected);
  const deletable = kept.length === 0 ? cookies : cookies.filter((c) => !protection.isProtected(c));
  const deleteAll = (options: { withoutUndo?: true } = {}): Promise<void> => {
    setConfirmAll(false);
    return run(() =>
      withoutUndo.attempt(
        t('list_deleteWithoutUndo'),
        () => deleteAll({ withoutUndo: true }),
        async () => {
          const report = await connector.client.deleteCookies({
            cookies: deletable,
            ...options,
          });
          return deleteNotice(report, (count) => tn('list_deletedOfSite', count, site));
        },
      ),
    );
  };

  const nowSeconds = now.getTime() / 1000;
  // The details follow the cookie as it changes; they close when it is gone.
  const selected =
    selectedKey === undefined ? undefined : cookies.find((c) => identityKey(c) === selectedKey);
  const closeDetails = () => {
    if (selectedKey !== undefined) list.current?.focusRow(selectedKey);
    setSelectedKey(undefined);
  };
  return (
    <section class="site-section" data-testid="site-section" data-site={site}>
      <header class="site-header" data-testid="site-header">
        <div>
          <h1 data-testid="site-name">{site}</h1>
          {label && (
            <p class="site-label" data-testid="site-label">
              {label}
            </p>
          )}
          <p class="counts">
            {fill(
              t('list_counts', slot(0), slot(1)),
              <span data-testid="count-session">{formatNumber(counts.session)}</span>,
              <span data-testid="count-persistent">{formatNumber(counts.persistent)}</span>,
            )}
          </p>
          {audit?.site && <SiteAuditSummary audit={audit.site} />}
        </div>
        <div class="header-actions">
          <button
            type="button"
            class="primary"
            data-testid="new-cookie-button"
            ref={newButton}
            onClick={() => setEditing({ kind: 'new' })}
          >
            {t('list_newCookie')}
          </button>
          <button
            type="button"
            class="danger"
            data-testid="delete-all-button"
            disabled={cookies.length === 0}
            onClick={() => setConfirmAll(true)}
          >
            {t('list_deleteAll')}
          </button>
          <SnapshotsButton
            connector={connector}
            storeId={storeId}
            site={site}
            onRestored={(notice) => {
              feedback.showNotice(notice);
              void reload();
            }}
          />
        </div>
      </header>

      {confirmAll && (
        <LazySiteDialog
          show={({ DeleteAllDialog }) => (
            <DeleteAllDialog
              site={site}
              total={cookies.length}
              deletable={deletable.length}
              kept={kept.length}
              onConfirm={() => void deleteAll().then(() => focusIfLost(() => newButton.current))}
              onCancel={() => setConfirmAll(false)}
              returnFocus={() => newButton.current}
            />
          )}
        />
      )}

      {withoutUndo.question && (
        <LazySiteDialog
          show={({ WithoutUndoQuestion }) => (
            <WithoutUndoQuestion
              question={withoutUndo.question}
              onClose={withoutUndo.close}
              returnFocus={() => newButton.current}
            />
          )}
        />
      )}
      <ActionFeedbackView
        connector={connector}
        notice={feedback.notice}
        error={feedback.error ?? error}
        onUndone={() => void reload()}
      />
      <LoopNotices loops={(protection.state?.loops ?? []).filter((loop) => loop.site === site)} />

      {editing && (
        <LazyCookieEditor
          key={editing.kind === 'edit' ? identityKey(editing.cookie) : 'new'}
          connector={connector}
          storeId={storeId}
          start={
            editing.kind === 'edit'
              ? { ...editing, nowSeconds }
              : { kind: 'new', pageUrl, site, nowSeconds }
          }
          {...(editing.kind === 'edit' ? { original: editing.cookie } : {})}
          onSaved={(saved) => {
            closeEditor();
            feedback.showNotice(saved);
            void reload();
          }}
          onCancel={closeEditor}
        />
      )}

      {loaded && shown.length === 0 && (
        <p class="empty" data-testid="empty-list">
          {cookies.length === 0 ? t('list_noCookies', site) : t('list_noMatch')}
        </p>
      )}
      <div class="table-with-details">
        <div class="list-and-details">
          <CookieList
            cookies={shown}
            loaded={loaded}
            page={page}
            now={now}
            onEdit={(c) => {
              if (!askFirst(c, 'edit')) setEditing({ kind: 'edit', cookie: c });
            }}
            onDelete={async (c) => {
              if (!askFirst(c, 'delete')) await deleteOne(c);
            }}
            protectedOf={protection.isProtected}
            handle={list}
            table={table}
            onTable={setTable}
            onSelect={(c) => setSelectedKey(identityKey(c))}
            selectedKey={selectedKey}
            findingsOf={audit?.index.findings}
          />
          {selected && (
            <LazyCookieDetails
              cookie={selected}
              page={page}
              now={now}
              findings={audit?.index.findings(selected)}
              siblingSig={siblingSignature(cookies, selected)}
              onEdit={(c, value) =>
                setEditing({ kind: 'edit', cookie: c, ...(value !== undefined ? { value } : {}) })
              }
              onDelete={async (c) => {
                await deleteOne(c);
                closeDetails();
              }}
              onClose={closeDetails}
              protection={{
                isProtected: protection.isProtected(selected),
                onProtect: () => protection.protect(selected),
                onUnprotect: () => protection.unprotect(selected),
                onBlock: (domain) => protection.block({ name: selected.name, domain }),
                onNotice: (text) => feedback.showNotice({ text }),
              }}
              askUnprotect={askUnprotect?.key === identityKey(selected) ? askUnprotect : undefined}
            />
          )}
        </div>
      </div>
    </section>
  );
}

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { formatLocalDateTime } from '../../cookies/classify-lifetime';
import type { Cookie } from '../../cookies/cookie';
import { isolateBidi } from '../../cookies/isolate-bidi';
import { fileTooBigReason } from '../../formats/import-file-text';
import { fill, slot } from '../../i18n/fill-message';
import { t, tn } from '../../i18n/t';
import { ProtocolError } from '../../protocol/protocol-error';
import type { RestorePreview, SnapshotListItem } from '../../protocol/snapshot-protocol';
import type { CookieDiff } from '../../snapshots/diff-cookies';
import { errorText } from '../../text/error-text';
import type { CookieConnector } from '../cookie-connector';
import { CookieText } from '../cookie-text';
import { ModalDialog } from '../modal-dialog';
import { saveTextFile } from '../save-text-file';
import type { Notice } from '../undo-notice';
import { CookieDiffList, RestorePreviewView } from './restore-preview';
import { restoreNotice, sizeText, storeText } from './snapshot-text';

export interface SnapshotsDialogProps {
  connector: CookieConnector;
  storeId: string;
  site?: string;
  selection?: Cookie[];
  onClose: () => void;
  onRestored: (notice: Notice) => void;
  returnFocus: () => HTMLElement | null;
}

type Preview = { snapshot: SnapshotListItem; preview?: RestorePreview; undoTooBig?: string };

const sameScope = (a: SnapshotListItem, b: SnapshotListItem) =>
  a.storeId === b.storeId && a.sites.join(' ') === b.sites.join(' ');

/**
 * The snapshots of a site (popup, panel) or all of them (manager): save the site's cookies or
 * the selection under a name, and restore, switch, rename, export, import or delete them.
 */
export function SnapshotsDialog({
  connector,
  storeId,
  site,
  selection,
  onClose,
  onRestored,
  returnFocus,
}: SnapshotsDialogProps) {
  const { client } = connector;
  const [all, setAll] = useState<SnapshotListItem[]>();
  const [unreadable, setUnreadable] = useState<string[]>([]);
  const [name, setName] = useState('');
  /** The manager: a whole site to save instead of the selection. */
  const [siteToSave, setSiteToSave] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();
  const [renaming, setRenaming] = useState<{ id: string; name: string }>();
  const [deleting, setDeleting] = useState<SnapshotListItem>();
  const [preview, setPreview] = useState<Preview>();
  const [compare, setCompare] = useState<{ fromId: string; toId: string }>();
  const [compared, setCompared] = useState<{ from: string; to: string; diff: CookieDiff }>();
  const nameInput = useRef<HTMLInputElement>(null);
  const cancelDelete = useRef<HTMLButtonElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const reload = useCallback(async () => {
    try {
      const listed = await client.listSnapshots({});
      setAll(listed.snapshots);
      setUnreadable(listed.unreadable);
    } catch (e) {
      setError(errorText(e));
    }
  }, [client]);
  useEffect(() => {
    void reload();
  }, [reload]);

  /** Runs a request, shows its message or error, and reads the list again. */
  const act = async (task: () => Promise<string | undefined>) => {
    setBusy(true);
    setError(undefined);
    setMessage(undefined);
    try {
      setMessage(await task());
    } catch (e) {
      setError(errorText(e));
    }
    setBusy(false);
    await reload();
  };

  const shown = (all ?? []).filter(
    (snapshot) =>
      site === undefined || (snapshot.storeId === storeId && snapshot.sites.includes(site)),
  );
  const wholeSite = selection === undefined ? site : siteToSave.trim().toLowerCase() || undefined;
  const saveLabel =
    wholeSite !== undefined
      ? t('snapshot_saveSiteAs', wholeSite)
      : tn('snapshot_saveSelectionAs', selection?.length ?? 0);

  const save = () =>
    act(async () => {
      const { snapshot } = await client.saveSnapshot({
        name,
        storeId,
        ...(wholeSite !== undefined ? { site: wholeSite } : { cookies: selection ?? [] }),
      });
      setName('');
      setSiteToSave('');
      return tn('snapshot_saved', snapshot.cookieCount, isolateBidi(snapshot.name));
    });

  const importFile = (file: File) =>
    act(async () => {
      const tooBig = fileTooBigReason(file.size);
      if (tooBig) throw new Error(tooBig);
      const { snapshot, notes } = await client.importSnapshot({ text: await file.text(), storeId });
      if (fileInput.current) fileInput.current.value = '';
      return [
        tn('snapshot_imported', snapshot.cookieCount, isolateBidi(snapshot.name)),
        ...notes,
      ].join(' ');
    });

  const restore = async (
    snapshot: SnapshotListItem,
    options: { switchFrom?: string; withoutUndo?: boolean } = {},
  ) => {
    setBusy(true);
    setError(undefined);
    try {
      const report = await client.restoreSnapshot({ id: snapshot.id, ...options });
      onRestored(restoreNotice(report));
    } catch (e) {
      setBusy(false);
      if (
        e instanceof ProtocolError &&
        e.code === 'undo-too-big' &&
        options.switchFrom === undefined
      ) {
        setPreview({ snapshot, undoTooBig: e.message });
        return;
      }
      setError(errorText(e));
      await reload();
    }
  };

  const openPreview = async (snapshot: SnapshotListItem) => {
    setError(undefined);
    setMessage(undefined);
    setPreview({ snapshot });
    try {
      setPreview({ snapshot, preview: await client.previewRestore({ id: snapshot.id }) });
    } catch (e) {
      setPreview(undefined);
      setError(errorText(e));
    }
  };

  const runCompare = async (fromId: string, toId: string) => {
    const from = shown.find((s) => s.id === fromId);
    const to = shown.find((s) => s.id === toId);
    if (!from || !to) return;
    setError(undefined);
    try {
      const { diff } = await client.compareSnapshots({ fromId, toId });
      setCompared({ from: from.name, to: to.name, diff });
    } catch (e) {
      setError(errorText(e));
    }
  };

  /** Back in the list: the focus goes to the row's button that left it. */
  const backToList = (id: string | undefined, testId: string) => {
    setPreview(undefined);
    setCompared(undefined);
    queueMicrotask(() => {
      const row =
        id === undefined
          ? null
          : document.querySelector(`[data-testid="snapshot-row"][data-id="${CSS.escape(id)}"]`);
      const target =
        row?.querySelector<HTMLElement>(`[data-testid="${testId}"]`) ??
        document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
      target?.focus();
    });
  };

  const close = () => {
    if (preview) backToList(preview.snapshot.id, 'snapshot-restore');
    else if (compared) backToList(undefined, 'compare-button');
    else onClose();
  };

  return (
    <ModalDialog
      class="snapshots-dialog"
      labelledBy="snapshots-title"
      testId="snapshots-dialog"
      onCancel={close}
      returnFocus={returnFocus}
      {...(preview ? {} : { initialFocus: nameInput })}
    >
      <h2 id="snapshots-title">
        {site === undefined
          ? t('snapshot_title')
          : fill(t('snapshot_titleOfSite', slot(0)), <CookieText text={site} />)}
      </h2>
      <p class="snapshots-warning" data-testid="snapshots-warning">
        {t('snapshot_warning')}
      </p>
      {preview ? (
        <RestorePreviewView
          snapshot={preview.snapshot}
          {...(preview.preview ? { preview: preview.preview } : {})}
          {...(preview.undoTooBig ? { undoTooBig: preview.undoTooBig } : {})}
          busy={busy}
          onConfirm={(withoutUndo) =>
            void restore(preview.snapshot, withoutUndo ? { withoutUndo } : {})
          }
          onCancel={() => backToList(preview.snapshot.id, 'snapshot-restore')}
        />
      ) : compared ? (
        <section
          class="restore-preview"
          data-testid="snapshot-comparison"
          aria-labelledby="compare-title"
        >
          <h3 id="compare-title">
            {fill(
              t('snapshot_comparisonTitle', slot(0), slot(1)),
              <CookieText text={compared.from} />,
              <CookieText text={compared.to} />,
            )}
          </h3>
          <p data-testid="comparison-summary">
            {t(
              'snapshot_comparisonSummary',
              compared.diff.added.length,
              compared.diff.changed.length,
              compared.diff.removed.length,
              compared.diff.unchanged.length,
            )}
          </p>
          <CookieDiffList diff={compared.diff} />
          <div class="form-actions">
            <button
              type="button"
              data-testid="comparison-back"
              onClick={() => backToList(undefined, 'compare-button')}
            >
              {t('snapshot_back')}
            </button>
          </div>
        </section>
      ) : (
        <>
          <form
            class="snapshot-save"
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <label for="snapshot-name">{saveLabel}</label>
            <input
              id="snapshot-name"
              data-testid="snapshot-name-input"
              ref={nameInput}
              value={name}
              maxLength={100}
              placeholder={t('snapshot_namePlaceholder')}
              onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
            />
            <button
              type="submit"
              class="primary"
              data-testid="snapshot-save"
              disabled={
                busy || name.trim() === '' || (wholeSite === undefined && selection?.length === 0)
              }
            >
              {t('snapshot_save')}
            </button>
          </form>
          {selection !== undefined && (
            <p class="snapshot-site">
              <label for="snapshot-site">{t('snapshot_siteLabel')}</label>{' '}
              <input
                id="snapshot-site"
                data-testid="snapshot-site-input"
                value={siteToSave}
                placeholder="example.com"
                onInput={(e) => setSiteToSave((e.currentTarget as HTMLInputElement).value)}
              />
            </p>
          )}
          <p class="snapshot-import">
            <label for="snapshot-import-file">{t('snapshot_importLabel')}</label>{' '}
            <input
              id="snapshot-import-file"
              type="file"
              accept=".json,application/json"
              data-testid="snapshot-import-file"
              ref={fileInput}
              disabled={busy}
              onChange={(e) => {
                const file = (e.currentTarget as HTMLInputElement).files?.[0];
                if (file) void importFile(file);
              }}
            />
          </p>
          {message && (
            <p class="notice" role="status" data-testid="snapshots-message">
              {message}
            </p>
          )}
          {error && (
            <p class="form-error" role="alert" data-testid="snapshots-error">
              {error}
            </p>
          )}
          {unreadable.length > 0 && (
            <p class="form-error" data-testid="snapshots-unreadable">
              {tn('snapshot_unreadable', unreadable.length, unreadable.slice(0, 3).join(' '))}
            </p>
          )}
          {all === undefined ? (
            <p role="status">{t('snapshot_loading')}</p>
          ) : shown.length === 0 ? (
            <p class="empty" data-testid="snapshots-empty">
              {site === undefined ? t('snapshot_emptyAll') : t('snapshot_emptySite')}
            </p>
          ) : (
            <ul
              class="snapshot-list"
              data-testid="snapshot-list"
              aria-label={t('snapshot_listLabel')}
            >
              {shown.map((snapshot) => {
                const active = shown.find(
                  (s) => s.active && s.id !== snapshot.id && sameScope(s, snapshot),
                );
                const isRenaming = renaming?.id === snapshot.id;
                return (
                  <li
                    key={snapshot.id}
                    class="snapshot-row"
                    data-testid="snapshot-row"
                    data-name={snapshot.name}
                    data-id={snapshot.id}
                    data-active={snapshot.active ? 'true' : undefined}
                  >
                    <div class="snapshot-facts">
                      {isRenaming ? (
                        <form
                          class="snapshot-rename"
                          onSubmit={(event) => {
                            event.preventDefault();
                            const next = renaming.name;
                            setRenaming(undefined);
                            void act(async () => {
                              await client.renameSnapshot({ id: snapshot.id, name: next });
                              return undefined;
                            });
                          }}
                        >
                          <label for={`rename-${snapshot.id}`}>{t('snapshot_newName')}</label>
                          <input
                            id={`rename-${snapshot.id}`}
                            data-testid="snapshot-rename-input"
                            value={renaming.name}
                            maxLength={100}
                            // biome-ignore lint/a11y/noAutofocus: the field the user asked for
                            autoFocus
                            onInput={(e) =>
                              setRenaming({
                                id: snapshot.id,
                                name: (e.currentTarget as HTMLInputElement).value,
                              })
                            }
                            onKeyDown={(e) => {
                              if (e.key !== 'Escape') return;
                              e.preventDefault();
                              e.stopPropagation();
                              setRenaming(undefined);
                            }}
                          />
                          <button type="submit" data-testid="snapshot-rename-save">
                            {t('snapshot_rename')}
                          </button>
                          <button type="button" onClick={() => setRenaming(undefined)}>
                            {t('snapshot_cancel')}
                          </button>
                        </form>
                      ) : (
                        <strong class="snapshot-name" data-testid="snapshot-name">
                          <CookieText text={snapshot.name} />
                        </strong>
                      )}
                      {snapshot.active && (
                        <span class="snapshot-current" data-testid="snapshot-current">
                          {' '}
                          {t('snapshot_current')}
                        </span>
                      )}
                      <span class="snapshot-meta" data-testid="snapshot-meta">
                        <SnapshotMeta snapshot={snapshot} />
                      </span>
                    </div>
                    <div class="snapshot-actions">
                      {active && (
                        <button
                          type="button"
                          class="primary"
                          data-testid="snapshot-switch"
                          disabled={busy}
                          title={t('snapshot_switchTitle', active.name)}
                          onClick={() => void restore(snapshot, { switchFrom: active.id })}
                        >
                          {fill(
                            t('snapshot_switchTo', slot(0)),
                            <CookieText text={snapshot.name} />,
                          )}
                        </button>
                      )}
                      <button
                        type="button"
                        data-testid="snapshot-restore"
                        disabled={busy}
                        aria-label={t('snapshot_restoreNamed', snapshot.name)}
                        onClick={() => void openPreview(snapshot)}
                      >
                        {t('snapshot_restoreEllipsis')}
                      </button>
                      <button
                        type="button"
                        data-testid="snapshot-rename"
                        disabled={busy}
                        aria-label={t('snapshot_renameNamed', snapshot.name)}
                        onClick={() => setRenaming({ id: snapshot.id, name: snapshot.name })}
                      >
                        {t('snapshot_rename')}
                      </button>
                      <button
                        type="button"
                        data-testid="snapshot-export"
                        disabled={busy}
                        aria-label={t('snapshot_exportNamed', snapshot.name)}
                        onClick={() =>
                          void act(async () => {
                            const file = await client.exportSnapshot({ id: snapshot.id });
                            saveTextFile(file.text, file.fileName, 'application/json');
                            return t('snapshot_exported', file.fileName);
                          })
                        }
                      >
                        {t('snapshot_export')}
                      </button>
                      <button
                        type="button"
                        class="danger"
                        data-testid="snapshot-delete"
                        disabled={busy}
                        aria-label={t('snapshot_deleteNamed', snapshot.name)}
                        onClick={() => setDeleting(snapshot)}
                      >
                        {t('snapshot_deleteEllipsis')}
                      </button>
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
          {all !== undefined && all.length > 0 && (
            <p class="snapshot-total" data-testid="snapshots-total">
              {tn(
                'snapshot_total',
                all.length,
                sizeText(all.reduce((sum, snapshot) => sum + snapshot.bytes, 0)),
              )}
            </p>
          )}
          {shown.length >= 2 && (
            <form
              class="snapshot-compare"
              onSubmit={(event) => {
                event.preventDefault();
                const fromId = compare?.fromId ?? shown[1]?.id ?? '';
                const toId = compare?.toId ?? shown[0]?.id ?? '';
                void runCompare(fromId, toId);
              }}
            >
              <label for="compare-from">{t('snapshot_compare')}</label>
              <select
                id="compare-from"
                data-testid="compare-from"
                value={compare?.fromId ?? shown[1]?.id}
                onChange={(e) =>
                  setCompare({
                    fromId: (e.currentTarget as HTMLSelectElement).value,
                    toId: compare?.toId ?? shown[0]?.id ?? '',
                  })
                }
              >
                {shown.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
              <label for="compare-to">{t('snapshot_compareWith')}</label>
              <select
                id="compare-to"
                data-testid="compare-to"
                value={compare?.toId ?? shown[0]?.id}
                onChange={(e) =>
                  setCompare({
                    fromId: compare?.fromId ?? shown[1]?.id ?? '',
                    toId: (e.currentTarget as HTMLSelectElement).value,
                  })
                }
              >
                {shown.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
              <button type="submit" data-testid="compare-button">
                {t('snapshot_compare')}
              </button>
            </form>
          )}
          <div class="form-actions">
            <button type="button" data-testid="snapshots-close" onClick={onClose}>
              {t('snapshot_close')}
            </button>
          </div>
        </>
      )}
      {deleting && (
        <ModalDialog
          class="question"
          role="alertdialog"
          labelledBy="snapshot-delete-title"
          testId="snapshot-delete-confirmation"
          initialFocus={cancelDelete}
          returnFocus={() => nameInput.current}
          onCancel={() => setDeleting(undefined)}
        >
          <h2 id="snapshot-delete-title">
            {fill(t('snapshot_deleteTitle', slot(0)), <CookieText text={deleting.name} />)}
          </h2>
          <p>{tn('snapshot_deleteBody', deleting.cookieCount)}</p>
          <div class="form-actions">
            <button
              type="button"
              class="danger"
              data-testid="snapshot-delete-confirm"
              onClick={() => {
                const { id } = deleting;
                setDeleting(undefined);
                void act(async () => {
                  await client.deleteSnapshot({ id });
                  return undefined;
                });
              }}
            >
              {t('snapshot_delete')}
            </button>
            <button type="button" ref={cancelDelete} onClick={() => setDeleting(undefined)}>
              {t('snapshot_cancel')}
            </button>
          </div>
        </ModalDialog>
      )}
    </ModalDialog>
  );
}

/** A snapshot's facts: its sites, store, time, cookies and size. */
function SnapshotMeta({ snapshot }: { snapshot: SnapshotListItem }) {
  const sites = <CookieText text={snapshot.sites.slice(0, 3).join(', ')} />;
  const cookies = tn('count_cookies', snapshot.cookieCount);
  return (
    <>
      {snapshot.sites.length > 3
        ? fill(t('snapshot_sitesAndMore', slot(0), snapshot.sites.length - 3), sites)
        : sites}
      {' · '}
      {storeText(snapshot.storeId)} · {formatLocalDateTime(new Date(snapshot.savedAt))} ·{' '}
      {snapshot.sessionCount > 0
        ? t('snapshot_cookiesWithSessions', cookies, snapshot.sessionCount)
        : cookies}{' '}
      · {sizeText(snapshot.bytes)}
    </>
  );
}

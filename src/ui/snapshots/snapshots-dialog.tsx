import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { formatLocalDateTime } from '../../cookies/classify-lifetime';
import type { Cookie } from '../../cookies/cookie';
import { isolateBidi } from '../../cookies/isolate-bidi';
import { fileTooBigReason } from '../../formats/import-file-text';
import { ProtocolError } from '../../protocol/protocol-error';
import type { RestorePreview, SnapshotListItem } from '../../protocol/snapshot-protocol';
import type { CookieDiff } from '../../snapshots/diff-cookies';
import { errorText } from '../../text/error-text';
import { plural } from '../../text/plural';
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
  const saveTarget =
    wholeSite !== undefined
      ? `the cookies of ${wholeSite}`
      : `the ${plural(selection?.length ?? 0, 'selected cookie')}`;

  const save = () =>
    act(async () => {
      const { snapshot } = await client.saveSnapshot({
        name,
        storeId,
        ...(wholeSite !== undefined ? { site: wholeSite } : { cookies: selection ?? [] }),
      });
      setName('');
      setSiteToSave('');
      return `Saved ${plural(snapshot.cookieCount, 'cookie')} as "${isolateBidi(snapshot.name)}".`;
    });

  const importFile = (file: File) =>
    act(async () => {
      const tooBig = fileTooBigReason(file.size);
      if (tooBig) throw new Error(tooBig);
      const { snapshot, notes } = await client.importSnapshot({ text: await file.text(), storeId });
      if (fileInput.current) fileInput.current.value = '';
      return [
        `Imported "${isolateBidi(snapshot.name)}" (${plural(snapshot.cookieCount, 'cookie')}).`,
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
        Snapshots
        {site !== undefined && (
          <>
            {' '}
            of <CookieText text={site} />
          </>
        )}
      </h2>
      <p class="snapshots-warning" data-testid="snapshots-warning">
        Snapshots contain live login sessions: anyone with a snapshot file can be logged in as you.
        They stay in this browser's local storage and are never synced.
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
            From "<CookieText text={compared.from} />" to "<CookieText text={compared.to} />"
          </h3>
          <p data-testid="comparison-summary">
            {compared.diff.added.length} added · {compared.diff.changed.length} changed ·{' '}
            {compared.diff.removed.length} removed · {compared.diff.unchanged.length} alike
          </p>
          <CookieDiffList diff={compared.diff} />
          <div class="form-actions">
            <button
              type="button"
              data-testid="comparison-back"
              onClick={() => backToList(undefined, 'compare-button')}
            >
              Back
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
            <label for="snapshot-name">Save {saveTarget} as</label>
            <input
              id="snapshot-name"
              data-testid="snapshot-name-input"
              ref={nameInput}
              value={name}
              maxLength={100}
              placeholder="e.g. Alice (admin)"
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
              Save snapshot
            </button>
          </form>
          {selection !== undefined && (
            <p class="snapshot-site">
              <label for="snapshot-site">
                Or a whole site (all its cookies; a restore removes the others)
              </label>{' '}
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
            <label for="snapshot-import-file">Import a snapshot file</label>{' '}
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
              {plural(unreadable.length, 'stored snapshot')} could not be read:{' '}
              {unreadable.slice(0, 3).join(' ')}
            </p>
          )}
          {all === undefined ? (
            <p role="status">Loading…</p>
          ) : shown.length === 0 ? (
            <p class="empty" data-testid="snapshots-empty">
              No snapshots{site !== undefined ? ' of this site' : ''} yet.
            </p>
          ) : (
            <ul class="snapshot-list" data-testid="snapshot-list" aria-label="Saved snapshots">
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
                          <label for={`rename-${snapshot.id}`}>New name</label>
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
                            Rename
                          </button>
                          <button type="button" onClick={() => setRenaming(undefined)}>
                            Cancel
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
                          (current)
                        </span>
                      )}
                      <span class="snapshot-meta" data-testid="snapshot-meta">
                        <CookieText text={snapshot.sites.slice(0, 3).join(', ')} />
                        {snapshot.sites.length > 3 && ` and ${snapshot.sites.length - 3} more`}
                        {' · '}
                        {storeText(snapshot.storeId)} ·{' '}
                        {formatLocalDateTime(new Date(snapshot.savedAt))} ·{' '}
                        {plural(snapshot.cookieCount, 'cookie')}
                        {snapshot.sessionCount > 0 && ` (${snapshot.sessionCount} session)`} ·{' '}
                        {sizeText(snapshot.bytes)}
                      </span>
                    </div>
                    <div class="snapshot-actions">
                      {active && (
                        <button
                          type="button"
                          class="primary"
                          data-testid="snapshot-switch"
                          disabled={busy}
                          title={`Saves the cookies there are now as "${active.name}", then restores this snapshot`}
                          onClick={() => void restore(snapshot, { switchFrom: active.id })}
                        >
                          Switch to <CookieText text={snapshot.name} />
                        </button>
                      )}
                      <button
                        type="button"
                        data-testid="snapshot-restore"
                        disabled={busy}
                        aria-label={`Restore ${snapshot.name}…`}
                        onClick={() => void openPreview(snapshot)}
                      >
                        Restore…
                      </button>
                      <button
                        type="button"
                        data-testid="snapshot-rename"
                        disabled={busy}
                        aria-label={`Rename ${snapshot.name}`}
                        onClick={() => setRenaming({ id: snapshot.id, name: snapshot.name })}
                      >
                        Rename
                      </button>
                      <button
                        type="button"
                        data-testid="snapshot-export"
                        disabled={busy}
                        aria-label={`Export ${snapshot.name}`}
                        onClick={() =>
                          void act(async () => {
                            const file = await client.exportSnapshot({ id: snapshot.id });
                            saveTextFile(file.text, file.fileName, 'application/json');
                            return `Exported as ${file.fileName}: it holds live login sessions, keep it private.`;
                          })
                        }
                      >
                        Export
                      </button>
                      <button
                        type="button"
                        class="danger"
                        data-testid="snapshot-delete"
                        disabled={busy}
                        aria-label={`Delete ${snapshot.name}…`}
                        onClick={() => setDeleting(snapshot)}
                      >
                        Delete…
                      </button>
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
          {all !== undefined && all.length > 0 && (
            <p class="snapshot-total" data-testid="snapshots-total">
              {plural(all.length, 'snapshot')} in all take{all.length === 1 ? 's' : ''}{' '}
              {sizeText(all.reduce((sum, snapshot) => sum + snapshot.bytes, 0))} of this browser's
              local storage.
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
              <label for="compare-from">Compare</label>
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
              <label for="compare-to">with</label>
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
                Compare
              </button>
            </form>
          )}
          <div class="form-actions">
            <button type="button" data-testid="snapshots-close" onClick={onClose}>
              Close
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
            Delete snapshot "<CookieText text={deleting.name} />
            "?
          </h2>
          <p>
            Its {plural(deleting.cookieCount, 'cookie')} are gone for good: this cannot be undone.
            The browser's cookies are not changed.
          </p>
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
              Delete snapshot
            </button>
            <button type="button" ref={cancelDelete} onClick={() => setDeleting(undefined)}>
              Cancel
            </button>
          </div>
        </ModalDialog>
      )}
    </ModalDialog>
  );
}

import { useEffect, useRef } from 'preact/hooks';
import type { Cookie } from '../../cookies/cookie';
import { fill, slot } from '../../i18n/fill-message';
import { t, tn } from '../../i18n/t';
import type { RestorePreview, SnapshotListItem } from '../../protocol/snapshot-protocol';
import type { CookieDiff } from '../../snapshots/diff-cookies';
import { shownName } from '../../text/cookie-label';
import { CookieText } from '../cookie-text';
import { AttributeChanges } from '../manager/history-change';

/** Longest value shown in full: a 4 KB token is cut (the history cuts them too). */
const shownValueLength = 120;
const cut = (value: string) =>
  value.length > shownValueLength ? `${value.slice(0, shownValueLength - 1)}…` : value;

/** One whole sentence per kind of cookie line, so a translation can order its parts. */
function cookieLineMessage(cookie: Cookie): string {
  const site = cookie.partitionKey?.topLevelSite;
  if (site) {
    return cookie.session
      ? t('snapshot_cookieLinePartitionedSession', slot(0), slot(1), slot(2), slot(3))
      : t('snapshot_cookieLinePartitioned', slot(0), slot(1), slot(2), slot(3));
  }
  return cookie.session
    ? t('snapshot_cookieLineSession', slot(0), slot(1), slot(3))
    : t('snapshot_cookieLine', slot(0), slot(1), slot(3));
}

function CookieLine({ cookie }: { cookie: Cookie }) {
  return (
    <>
      {fill(
        cookieLineMessage(cookie),
        <CookieText class="history-text" text={shownName(cookie.name)} />,
        <CookieText class="history-text" text={`${cookie.domain}${cookie.path}`} />,
        <CookieText text={cookie.partitionKey?.topLevelSite ?? ''} />,
        <CookieText class="history-text" text={cut(cookie.value)} />,
      )}
    </>
  );
}

/** Per cookie: added, changed (each attribute old → new) and removed. */
export function CookieDiffList({ diff }: { diff: CookieDiff }) {
  return (
    <ul class="restore-changes" aria-label={t('snapshot_changesLabel')}>
      {diff.added.map((cookie, i) => (
        <li key={`a${i}`} data-testid="preview-added" data-name={cookie.name}>
          <span class="change-kind added">{t('snapshot_kindAdded')}</span>{' '}
          <CookieLine cookie={cookie} />
        </li>
      ))}
      {diff.changed.map((change, i) => (
        <li key={`c${i}`} data-testid="preview-changed" data-name={change.after.name}>
          <span class="change-kind changed">{t('snapshot_kindChanged')}</span>{' '}
          {fill(
            t('snapshot_cookieOn', slot(0), slot(1)),
            <CookieText class="history-text" text={shownName(change.after.name)} />,
            <CookieText class="history-text" text={`${change.after.domain}${change.after.path}`} />,
          )}
          <AttributeChanges changes={change.attributes} />
        </li>
      ))}
      {diff.removed.map((cookie, i) => (
        <li key={`r${i}`} data-testid="preview-removed" data-name={cookie.name}>
          <span class="change-kind removed">{t('snapshot_kindRemoved')}</span>{' '}
          <CookieLine cookie={cookie} />
        </li>
      ))}
    </ul>
  );
}

/** "1 cookie added · 2 changed · 3 already as saved", and that it can be undone. */
function previewSummary(preview: RestorePreview, undoable: boolean): string {
  const { diff } = preview;
  const counts = [
    diff.added.length > 0 ? tn('snapshot_cookiesAdded', diff.added.length) : '',
    diff.changed.length > 0 ? t('snapshot_countChanged', diff.changed.length) : '',
    diff.removed.length > 0 ? t('snapshot_countRemoved', diff.removed.length) : '',
    preview.unchanged > 0 ? t('snapshot_countAlreadySaved', preview.unchanged) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return undoable ? t('snapshot_previewUndoable', counts) : counts;
}

/** What a restore will change, cookie by cookie, before the user confirms it. */
export function RestorePreviewView({
  snapshot,
  preview,
  undoTooBig,
  busy,
  onConfirm,
  onCancel,
}: {
  snapshot: SnapshotListItem;
  preview?: RestorePreview;
  /** The undo data would not fit: the restore can go on without undo. */
  undoTooBig?: string;
  busy: boolean;
  onConfirm: (withoutUndo: boolean) => void;
  onCancel: () => void;
}) {
  const back = useRef<HTMLButtonElement>(null);
  // The Restore… button that opened this is gone: the safe choice takes the focus.
  const ready = preview !== undefined || undoTooBig !== undefined;
  useEffect(() => {
    if (ready) back.current?.focus();
  }, [ready]);
  if (undoTooBig !== undefined) {
    return (
      <section
        class="restore-preview"
        data-testid="restore-preview"
        aria-labelledby="restore-title"
      >
        <h3 id="restore-title">
          {fill(
            t('snapshot_restoreWithoutUndoTitle', slot(0)),
            <CookieText text={snapshot.name} />,
          )}
        </h3>
        <p role="alert">{undoTooBig}</p>
        <div class="form-actions">
          <button
            type="button"
            class="danger"
            data-testid="restore-without-undo"
            disabled={busy}
            onClick={() => onConfirm(true)}
          >
            {t('snapshot_restoreWithoutUndo')}
          </button>
          <button type="button" data-testid="restore-cancel" ref={back} onClick={onCancel}>
            {t('snapshot_cancel')}
          </button>
        </div>
      </section>
    );
  }
  if (!preview) {
    return (
      <p role="status" data-testid="restore-preview-loading">
        {t('snapshot_previewLoading')}
      </p>
    );
  }
  const { diff } = preview;
  const changes = diff.added.length + diff.removed.length + diff.changed.length;
  return (
    <section class="restore-preview" data-testid="restore-preview" aria-labelledby="restore-title">
      <h3 id="restore-title">
        {fill(t('snapshot_restoreTitle', slot(0)), <CookieText text={snapshot.name} />)}
      </h3>
      <p data-testid="restore-summary">
        {changes === 0 && preview.expired.length === 0
          ? t('snapshot_previewNothing')
          : previewSummary(preview, changes > 0)}
      </p>
      {preview.expired.length > 0 && (
        <ul class="restore-problems" data-testid="restore-expired">
          {preview.expired.map((note) => (
            <li key={note.reason}>
              <CookieText text={note.reason} />
            </li>
          ))}
        </ul>
      )}
      {preview.invalid.length > 0 && (
        <ul class="restore-problems" data-testid="restore-invalid">
          {preview.invalid.map((note) => (
            <li key={note.reason}>
              {fill(t('snapshot_notRestored', slot(0)), <CookieText text={note.reason} />)}
            </li>
          ))}
        </ul>
      )}
      {preview.notes.length > 0 && (
        <ul class="restore-notes">
          {preview.notes.map((note) => (
            <li key={note}>
              <CookieText text={note} />
            </li>
          ))}
        </ul>
      )}
      <CookieDiffList diff={diff} />
      <div class="form-actions">
        <button
          type="button"
          class="primary"
          data-testid="restore-confirm"
          disabled={busy}
          onClick={() => onConfirm(false)}
        >
          {t('snapshot_restore')}
        </button>
        <button type="button" data-testid="restore-cancel" ref={back} onClick={onCancel}>
          {t('snapshot_back')}
        </button>
      </div>
    </section>
  );
}

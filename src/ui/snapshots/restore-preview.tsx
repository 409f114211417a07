import { useEffect, useRef } from 'preact/hooks';
import type { Cookie } from '../../cookies/cookie';
import type { RestorePreview, SnapshotListItem } from '../../protocol/snapshot-protocol';
import type { CookieDiff } from '../../snapshots/diff-cookies';
import { shownName } from '../../text/cookie-label';
import { plural } from '../../text/plural';
import { CookieText } from '../cookie-text';
import { AttributeChanges } from '../manager/history-change';

/** Longest value shown in full: a 4 KB token is cut (the history cuts them too). */
const shownValueLength = 120;
const cut = (value: string) =>
  value.length > shownValueLength ? `${value.slice(0, shownValueLength - 1)}…` : value;

function CookieLine({ cookie }: { cookie: Cookie }) {
  return (
    <>
      <CookieText class="history-text" text={shownName(cookie.name)} /> on{' '}
      <CookieText class="history-text" text={`${cookie.domain}${cookie.path}`} />
      {cookie.partitionKey?.topLevelSite && (
        <>
          {' '}
          (partitioned under <CookieText text={cookie.partitionKey.topLevelSite} />)
        </>
      )}
      {cookie.session ? ', session' : ''}:{' '}
      <CookieText class="history-text" text={cut(cookie.value)} />
    </>
  );
}

/** Per cookie: added, changed (each attribute old → new) and removed. */
export function CookieDiffList({ diff }: { diff: CookieDiff }) {
  return (
    <ul class="restore-changes" aria-label="Changes">
      {diff.added.map((cookie, i) => (
        <li key={`a${i}`} data-testid="preview-added" data-name={cookie.name}>
          <span class="change-kind added">Added</span> <CookieLine cookie={cookie} />
        </li>
      ))}
      {diff.changed.map((change, i) => (
        <li key={`c${i}`} data-testid="preview-changed" data-name={change.after.name}>
          <span class="change-kind changed">Changed</span>{' '}
          <CookieText class="history-text" text={shownName(change.after.name)} /> on{' '}
          <CookieText class="history-text" text={`${change.after.domain}${change.after.path}`} />
          <AttributeChanges changes={change.attributes} />
        </li>
      ))}
      {diff.removed.map((cookie, i) => (
        <li key={`r${i}`} data-testid="preview-removed" data-name={cookie.name}>
          <span class="change-kind removed">Removed</span> <CookieLine cookie={cookie} />
        </li>
      ))}
    </ul>
  );
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
          Restore "<CookieText text={snapshot.name} />" without undo?
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
            Restore without undo
          </button>
          <button type="button" data-testid="restore-cancel" ref={back} onClick={onCancel}>
            Cancel
          </button>
        </div>
      </section>
    );
  }
  if (!preview) {
    return (
      <p role="status" data-testid="restore-preview-loading">
        Reading the cookies there are now…
      </p>
    );
  }
  const { diff } = preview;
  const changes = diff.added.length + diff.removed.length + diff.changed.length;
  return (
    <section class="restore-preview" data-testid="restore-preview" aria-labelledby="restore-title">
      <h3 id="restore-title">
        Restore "<CookieText text={snapshot.name} />
        "?
      </h3>
      <p data-testid="restore-summary">
        {changes === 0 && preview.expired.length === 0
          ? 'The cookies are already as in this snapshot: nothing changes.'
          : [
              diff.added.length > 0 ? `${plural(diff.added.length, 'cookie')} added` : '',
              diff.changed.length > 0 ? `${diff.changed.length} changed` : '',
              diff.removed.length > 0 ? `${diff.removed.length} removed` : '',
              preview.unchanged > 0 ? `${preview.unchanged} already as saved` : '',
            ]
              .filter(Boolean)
              .join(' · ')}
        {changes > 0 && '. You can undo this from the notice or the history.'}
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
              Not restored: <CookieText text={note.reason} />
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
          Restore
        </button>
        <button type="button" data-testid="restore-cancel" ref={back} onClick={onCancel}>
          Back
        </button>
      </div>
    </section>
  );
}

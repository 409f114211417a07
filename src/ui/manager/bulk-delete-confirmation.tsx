import { useEffect, useRef, useState } from 'preact/hooks';
import { plural } from '../../text/plural';
import { formatSiteList, type SelectionSummary } from './selection-summary';

/** Asks before deleting the selection: how many cookies, of which sites, and hidden ones. */
export function BulkDeleteConfirmation({
  summary,
  onConfirm,
  onCancel,
}: {
  summary: SelectionSummary;
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  // The safe choice has the focus: Enter right after "Delete selected" does not delete.
  useEffect(() => cancel.current?.focus(), []);
  const { count, sites, hidden } = summary;
  return (
    <div
      class="confirm"
      data-testid="bulk-delete-confirmation"
      data-count={count}
      role="alertdialog"
      aria-label="Confirm deleting the selected cookies"
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <p>
        Delete {plural(count, 'selected cookie')} of{' '}
        <span data-testid="bulk-delete-sites">{formatSiteList(sites)}</span>?
        {hidden > 0 &&
          ` ${hidden} of them ${hidden === 1 ? 'is' : 'are'} hidden by the search or filters.`}{' '}
        Logins and sessions stored in {count === 1 ? 'it' : 'them'} end. You can undo this.
      </p>
      <button
        type="button"
        class="danger"
        data-testid="confirm-bulk-delete"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await onConfirm();
          } finally {
            setBusy(false);
          }
        }}
      >
        Delete {plural(count, 'cookie')}
      </button>
      <button type="button" data-testid="cancel-bulk-delete" ref={cancel} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

import { useRef, useState } from 'preact/hooks';
import { plural } from '../../text/plural';
import { ModalDialog } from '../modal-dialog';
import { formatSiteList, type SelectionSummary } from './selection-summary';

/** Asks before deleting the selection: how many cookies, of which sites, and hidden ones. */
export function BulkDeleteConfirmation({
  summary,
  single,
  onConfirm,
  onCancel,
  returnFocus,
}: {
  summary: SelectionSummary;
  /** Asked about one cookie that is not selected (Delete on its row): its name, in words. */
  single?: string;
  onConfirm: () => Promise<void>;
  onCancel: () => void;
  /** Where the focus goes once the cookies are gone (the row that opened the question is). */
  returnFocus?: () => HTMLElement | null | undefined;
}) {
  const [busy, setBusy] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const { count, sites, hidden } = summary;
  return (
    // The safe choice has the focus: Enter right after "Delete selected" does not delete.
    <ModalDialog
      class="question"
      role="alertdialog"
      labelledBy="bulk-delete-title"
      testId="bulk-delete-confirmation"
      data-count={count}
      initialFocus={cancel}
      onCancel={onCancel}
      {...(returnFocus ? { returnFocus } : {})}
    >
      <h2 id="bulk-delete-title">
        {single === undefined ? `Delete ${plural(count, 'cookie')}?` : 'Delete this cookie?'}
      </h2>
      <p>
        Delete {single ?? plural(count, 'selected cookie')} of{' '}
        <span data-testid="bulk-delete-sites">{formatSiteList(sites)}</span>?
        {hidden > 0 &&
          ` ${hidden} of them ${hidden === 1 ? 'is' : 'are'} hidden by the search or filters.`}{' '}
        Logins and sessions stored in {count === 1 ? 'it' : 'them'} end. You can undo this.
      </p>
      <div class="form-actions">
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
    </ModalDialog>
  );
}

import { useRef, useState } from 'preact/hooks';
import { fill, slot } from '../../i18n/fill-message';
import { t, tn } from '../../i18n/t';
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
  // Our own sentence, so it may go into the question as text (after "?", with its space).
  const hiddenText = hidden > 0 ? ` ${tn('manager_hiddenCount', hidden)}` : '';
  const siteList = (
    <span key="sites" data-testid="bulk-delete-sites">
      {formatSiteList(sites)}
    </span>
  );
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
        {single === undefined
          ? tn('manager_deleteCookiesTitle', count)
          : t('manager_deleteThisCookieTitle')}
      </h2>
      <p>
        {single === undefined
          ? fill(tn('manager_deleteSelectedQuestion', count, slot(0), hiddenText), siteList)
          : fill(t('manager_deleteOneQuestion', slot(0), slot(1), hiddenText), single, siteList)}
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
          {tn('manager_deleteCookiesButton', count)}
        </button>
        <button type="button" data-testid="cancel-bulk-delete" ref={cancel} onClick={onCancel}>
          {t('manager_cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}

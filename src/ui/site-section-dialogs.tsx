import { useRef } from 'preact/hooks';
import { t, tn } from '../i18n/t';
import { ModalDialog } from './modal-dialog';

// What a site's section shows only after the user did something (a question, a notice with
// Undo), fetched then (lazy-site-dialogs.tsx): the popup's first render is budgeted.
export { UndoNotice } from './undo-notice';
export { WithoutUndoQuestion } from './without-undo-question';

/** "Delete all": how many cookies of the site go, and how many protected ones stay. */
export function DeleteAllDialog({
  site,
  total,
  deletable,
  kept,
  onConfirm,
  onCancel,
  returnFocus,
}: {
  site: string;
  total: number;
  deletable: number;
  kept: number;
  onConfirm: () => void;
  onCancel: () => void;
  returnFocus: () => HTMLElement | null;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog
      class="question"
      role="alertdialog"
      labelledBy="delete-all-title"
      testId="delete-all-confirmation"
      initialFocus={cancel}
      returnFocus={returnFocus}
      onCancel={onCancel}
    >
      <h2 id="delete-all-title">{t('list_deleteAllTitle', site)}</h2>
      <p>
        {kept > 0
          ? tn('list_deleteAllUnprotected', deletable, site)
          : tn('list_deleteAllQuestion', total, site)}
      </p>
      {kept > 0 && <p data-testid="delete-all-keeps-protected">{tn('list_protectedKept', kept)}</p>}
      <div class="form-actions">
        <button
          type="button"
          class="danger"
          data-testid="confirm-delete-all"
          disabled={deletable === 0}
          onClick={onConfirm}
        >
          {tn('list_deleteCount', deletable)}
        </button>
        <button type="button" data-testid="cancel-delete-all" ref={cancel} onClick={onCancel}>
          {t('ui_cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}

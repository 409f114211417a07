import { useRef } from 'preact/hooks';
import { t } from '../i18n/t';
import { ModalDialog } from './modal-dialog';
import { type Question, useWithoutUndoQuestion } from './use-without-undo-question';

// The hook stays apart from the dialog: a page asks with it on every delete, and shows the
// dialog rarely (the popup fetches the dialog only then: site-section-dialogs.tsx).
export { useWithoutUndoQuestion };

export function WithoutUndoQuestion({
  question,
  onClose,
  returnFocus,
}: {
  question: Question | undefined;
  onClose: () => void;
  /** Where the focus goes after the answer if the control that led here cannot take it. */
  returnFocus?: () => HTMLElement | null | undefined;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  if (!question) return null;
  // The safe choice takes the focus, as in every confirmation of the extension.
  return (
    <ModalDialog
      class="question"
      role="alertdialog"
      labelledBy="without-undo-title"
      testId="without-undo-question"
      initialFocus={cancel}
      {...(returnFocus ? { returnFocus } : {})}
      onCancel={onClose}
    >
      <h2 id="without-undo-title">{t('ui_undoWouldNotFit')}</h2>
      <p>{question.message}</p>
      <div class="form-actions">
        <button
          type="button"
          class="danger"
          data-testid="proceed-without-undo"
          onClick={() => {
            onClose();
            question.proceed();
          }}
        >
          {question.action}
        </button>
        <button type="button" data-testid="cancel-without-undo" ref={cancel} onClick={onClose}>
          {t('ui_cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}

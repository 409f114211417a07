import { useCallback, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import { ProtocolError } from '../protocol/protocol-error';
import { ModalDialog } from './modal-dialog';

interface Question {
  message: string;
  action: string;
  proceed: () => void;
}

/**
 * When the background says an action's undo data would not fit (`undo-too-big`, before it
 * changed anything), the page asks: go on without undo, or cancel.
 */
export function useWithoutUndoQuestion() {
  const [question, setQuestion] = useState<Question>();
  /**
   * Runs `run`; if the background answers that its undo would not fit, asks instead and
   * resolves with nothing (`goOn` runs the action again without undo if the user says so).
   */
  const attempt = useCallback(
    async <T,>(action: string, goOn: () => void, run: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await run();
      } catch (error) {
        if (!(error instanceof ProtocolError) || error.code !== 'undo-too-big') throw error;
        setQuestion({ message: error.message, action, proceed: goOn });
        return undefined;
      }
    },
    [],
  );
  const close = useCallback(() => setQuestion(undefined), []);
  return { question, attempt, close };
}

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

import type { CookieConnector } from './cookie-connector';
import { LazySiteDialog } from './lazy-site-dialogs';
import type { Notice } from './undo-notice';

/** The last action's notice (with Undo when it can be undone) or error. */
export function ActionFeedbackView({
  connector,
  notice,
  error,
  onUndone,
}: {
  connector: CookieConnector;
  notice: Notice | undefined;
  error: string | undefined;
  onUndone: () => void;
}) {
  return (
    <>
      {notice && (
        <LazySiteDialog
          show={({ UndoNotice }) => (
            <UndoNotice
              // A new notice is a new element: the previous one's "Undone" result does not stick.
              key={`${notice.text}|${notice.journalId ?? ''}`}
              connector={connector}
              notice={notice}
              onUndone={onUndone}
            />
          )}
        />
      )}
      {error && (
        <p class="form-error" data-testid="action-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

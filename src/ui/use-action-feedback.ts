import { useCallback, useState } from 'preact/hooks';
import { errorText } from '../text/error-text';
import type { Notice } from './undo-notice';

export interface ActionFeedback {
  notice: Notice | undefined;
  error: string | undefined;
  showNotice: (notice: Notice) => void;
  /**
   * Runs an action, shows its notice (none when it resolves with nothing, e.g. when it asks the
   * user something first) or its error, then re-reads what it may have changed.
   */
  run: (action: () => Promise<Notice | undefined>) => Promise<void>;
}

/** The last action's notice or error, for the popup, the panel and the manager alike. */
export function useActionFeedback(afterWrite: () => void | Promise<void>): ActionFeedback {
  const [notice, setNotice] = useState<Notice>();
  const [error, setError] = useState<string>();
  const showNotice = useCallback((next: Notice) => {
    setError(undefined);
    setNotice(next);
  }, []);
  const run = useCallback(
    async (action: () => Promise<Notice | undefined>) => {
      setError(undefined);
      try {
        setNotice(await action());
      } catch (e) {
        setNotice(undefined);
        setError(errorText(e));
      }
      // Awaited: a row deleted by the action is gone before its buttons come back.
      await afterWrite();
    },
    [afterWrite],
  );
  return { notice, error, showNotice, run };
}

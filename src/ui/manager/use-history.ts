import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/t';
import type { JournalSummary } from '../../journal/journal-entry';
import { errorText } from '../../text/error-text';
import type { CookieConnector } from '../cookie-connector';
import { createBurstTimer } from './burst-timer';

export interface History {
  /** Newest first, as the background lists them. */
  entries: JournalSummary[];
  error: string | undefined;
  reload: () => Promise<void>;
}

/**
 * The undo journal's entries. Re-read after the manager's own actions (callers reload) and
 * whenever the extension changed cookies elsewhere, e.g. a delete in the popup.
 */
export function useHistory(connector: CookieConnector): History {
  const [entries, setEntries] = useState<JournalSummary[]>([]);
  const [error, setError] = useState<string>();
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const result = await connector.client.listHistory({});
      if (mine !== generation.current) return;
      setEntries(result.entries);
      setError(undefined);
    } catch (e) {
      if (mine === generation.current) setError(t('manager_cannotReadHistory', errorText(e)));
    }
  }, [connector]);

  // Asked before the first paint, with the cookies, so its answer is in before theirs.
  useLayoutEffect(() => {
    void reload();
    const timer = createBurstTimer(() => void reload(), { quietMs: 100, maxWaitMs: 1000 });
    const unsubscribe = connector.onChanges((changes) => {
      if (changes.length === 0 || changes.some((change) => change.byExtension)) timer.trigger();
    });
    return () => {
      timer.cancel();
      unsubscribe();
    };
  }, [connector, reload]);

  return { entries, error, reload };
}

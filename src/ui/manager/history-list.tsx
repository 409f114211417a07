import { useEffect, useRef, useState } from 'preact/hooks';
import { formatLocalDateTime } from '../../cookies/classify-lifetime';
import { t, tn } from '../../i18n/t';
import type { JournalSummary } from '../../journal/journal-entry';
import { focusIfLost } from '../focus-if-lost';
import { ModalDialog } from '../modal-dialog';
import { HistoryChange } from './history-change';

export interface HistoryListProps {
  entries: JournalSummary[];
  error: string | undefined;
  onUndo: (entry: JournalSummary) => Promise<void>;
  onClear: () => Promise<void>;
}

/** The state of an entry, in words, when it is not simply undoable. */
function stateText(entry: JournalSummary): string | undefined {
  switch (entry.state) {
    case 'running':
      return t('manager_historyRunning', entry.progress ?? 0, entry.count);
    case 'undoing':
      return t('manager_historyUndoing', entry.progress ?? 0, entry.count);
    case 'undone':
      return t('manager_historyUndone');
    case 'partly-undone':
      return tn('manager_historyNotRestored', entry.notUndone ?? 0);
    case 'done':
      return entry.undoable ? undefined : t('manager_historyNoUndo');
  }
}

/** Past destructive actions, newest first, each undoable once; clearing asks first. */
export function HistoryList({ entries, error, onUndo, onClear }: HistoryListProps) {
  const [confirmClear, setConfirmClear] = useState(false);
  const cancelClear = useRef<HTMLButtonElement>(null);
  const section = useRef<HTMLElement>(null);
  // Clear history is disabled once the history is empty: its focus goes to the history.
  const hadEntries = useRef(false);
  useEffect(() => {
    if (entries.length === 0 && hadEntries.current) focusIfLost(() => section.current);
    hadEntries.current = entries.length > 0;
  }, [entries.length]);
  const [busy, setBusy] = useState<number | 'clear'>();
  const run = async (what: number | 'clear', action: () => Promise<void>) => {
    setBusy(what);
    try {
      await action();
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <section
      class="history"
      data-testid="history"
      aria-label={t('manager_history')}
      ref={section}
      tabIndex={-1}
    >
      <header class="history-header">
        <h2>{t('manager_history')}</h2>
        <button
          type="button"
          class="danger"
          data-testid="clear-history"
          disabled={entries.length === 0}
          onClick={() => setConfirmClear(true)}
        >
          {t('manager_clearHistory')}
        </button>
      </header>
      {confirmClear && (
        <ModalDialog
          class="question"
          role="alertdialog"
          labelledBy="clear-history-title"
          testId="clear-history-confirmation"
          initialFocus={cancelClear}
          returnFocus={() => section.current}
          onCancel={() => setConfirmClear(false)}
        >
          <h2 id="clear-history-title">{t('manager_clearHistoryTitle')}</h2>
          <p>{tn('manager_clearHistoryQuestion', entries.length)}</p>
          <div class="form-actions">
            <button
              type="button"
              class="danger"
              data-testid="confirm-clear-history"
              disabled={busy === 'clear'}
              onClick={() =>
                run('clear', async () => {
                  await onClear();
                  setConfirmClear(false);
                })
              }
            >
              {t('manager_clearHistory')}
            </button>
            <button
              type="button"
              data-testid="cancel-clear-history"
              ref={cancelClear}
              onClick={() => setConfirmClear(false)}
            >
              {t('manager_cancel')}
            </button>
          </div>
        </ModalDialog>
      )}
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <p class="hint" data-testid="history-keeping">
        {t('manager_historyKeeping')}
      </p>
      {entries.length === 0 ? (
        <p class="empty" data-testid="history-empty">
          {t('manager_historyEmpty')}
        </p>
      ) : (
        <ol class="history-list" data-testid="history-list">
          {entries.map((entry) => {
            const state = stateText(entry);
            const canUndo =
              entry.undoable && (entry.state === 'done' || entry.state === 'partly-undone');
            return (
              <li
                key={entry.id}
                class={`history-entry${entry.state === 'undone' ? ' undone' : ''}`}
                data-testid="history-entry"
                data-id={entry.id}
                data-kind={entry.kind}
                data-state={entry.state}
                data-undone={entry.state === 'undone' ? 'true' : 'false'}
              >
                <time class="when" dateTime={new Date(entry.time).toISOString()}>
                  {formatLocalDateTime(new Date(entry.time))}
                </time>
                <span class="label" data-testid="history-label">
                  {entry.label}
                </span>
                <span class="count" data-testid="history-count">
                  {tn('count_cookies', entry.count)}
                </span>
                {state && (
                  <span class="undone-mark" data-testid="history-state">
                    {state}
                  </span>
                )}
                {canUndo && (
                  <button
                    type="button"
                    data-testid="history-undo"
                    disabled={busy !== undefined}
                    onClick={() => run(entry.id, () => onUndo(entry))}
                  >
                    {entry.state === 'partly-undone' ? t('manager_undoRest') : t('manager_undo')}
                  </button>
                )}
                {entry.summary && <HistoryChange summary={entry.summary} />}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

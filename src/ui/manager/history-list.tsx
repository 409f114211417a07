import { useState } from 'preact/hooks';
import { formatLocalDateTime } from '../../cookies/classify-lifetime';
import type { JournalSummary } from '../../cookies/undo-journal';
import { plural } from './selection-summary';

export interface HistoryListProps {
  entries: JournalSummary[];
  error: string | undefined;
  onUndo: (entry: JournalSummary) => Promise<void>;
  onClear: () => Promise<void>;
}

/** Past destructive actions, newest first, each undoable once; clearing asks first. */
export function HistoryList({ entries, error, onUndo, onClear }: HistoryListProps) {
  const [confirmClear, setConfirmClear] = useState(false);
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
    <section class="history" data-testid="history" aria-label="History">
      <header class="history-header">
        <h2>History</h2>
        <button
          type="button"
          class="danger"
          data-testid="clear-history"
          disabled={entries.length === 0}
          onClick={() => setConfirmClear(true)}
        >
          Clear history
        </button>
      </header>
      {confirmClear && (
        <div
          class="confirm"
          data-testid="clear-history-confirmation"
          role="alertdialog"
          aria-label="Confirm clearing the history"
        >
          <p>
            Forget {plural(entries.length, 'past action')}? They can no longer be undone. No cookie
            changes.
          </p>
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
            Clear history
          </button>
          <button
            type="button"
            data-testid="cancel-clear-history"
            onClick={() => setConfirmClear(false)}
          >
            Cancel
          </button>
        </div>
      )}
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      {entries.length === 0 ? (
        <p class="empty" data-testid="history-empty">
          Nothing yet. Deletes, edits and imports show here and can be undone.
        </p>
      ) : (
        <ol class="history-list" data-testid="history-list">
          {entries.map((entry) => (
            <li
              key={entry.id}
              class={`history-entry${entry.undone ? ' undone' : ''}`}
              data-testid="history-entry"
              data-id={entry.id}
              data-kind={entry.kind}
              data-undone={entry.undone ? 'true' : 'false'}
            >
              <time class="when" dateTime={new Date(entry.time).toISOString()}>
                {formatLocalDateTime(new Date(entry.time))}
              </time>
              <span class="label" data-testid="history-label">
                {entry.label}
              </span>
              <span class="count" data-testid="history-count">
                {plural(entry.count, 'cookie')}
              </span>
              {entry.undone ? (
                <span class="undone-mark" data-testid="history-undone">
                  undone
                </span>
              ) : (
                <button
                  type="button"
                  data-testid="history-undo"
                  disabled={busy !== undefined}
                  onClick={() => run(entry.id, () => onUndo(entry))}
                >
                  Undo
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

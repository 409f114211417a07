import { useState } from 'preact/hooks';
import type { CookieConnector } from './cookie-connector';

export interface Notice {
  text: string;
  /** The undo journal's entry for the action, when it can be undone. */
  journalId?: number;
}

/** What an action did, with an Undo button for destructive ones. */
export function UndoNotice({
  connector,
  notice,
  onUndone,
}: {
  connector: CookieConnector;
  notice: Notice;
  onUndone: () => void;
}) {
  const [state, setState] = useState<{ busy: boolean; result?: string }>({ busy: false });
  const undo = async (entryId: number) => {
    setState({ busy: true });
    try {
      const { restored, failures } = await connector.client.undo({ entryId });
      const text = `Undone: ${restored} cookie${restored === 1 ? '' : 's'} restored.`;
      setState({
        busy: false,
        result: failures.length > 0 ? `${text} Not restored: ${failures.join(' ')}` : text,
      });
    } catch (e) {
      setState({
        busy: false,
        result: `Undo failed: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
    onUndone();
  };
  return (
    <p class="notice" data-testid="notice" role="status">
      {state.result ?? notice.text}
      {notice.journalId !== undefined && state.result === undefined && (
        <>
          {' '}
          <button
            type="button"
            data-testid="undo-button"
            disabled={state.busy}
            onClick={() => undo(notice.journalId as number)}
          >
            Undo
          </button>
        </>
      )}
    </p>
  );
}

import { useRef, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import { errorText } from '../text/error-text';
import type { CookieConnector } from './cookie-connector';
import { focusIfLost } from './focus-if-lost';
import { undoReportText } from './undo-report-text';

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
  // `retry`: some cookies could not be put back (the site set them again meanwhile): Undo
  // stays, for those.
  const [state, setState] = useState<{ busy: boolean; result?: string; retry?: boolean }>({
    busy: false,
  });
  const paragraph = useRef<HTMLParagraphElement>(null);
  const undo = async (entryId: number) => {
    // The Undo button goes once it is done: the focus moves to what it did, not to the page.
    const hadFocus = paragraph.current?.contains(document.activeElement) ?? false;
    const keepFocus = () => {
      if (hadFocus) focusIfLost(() => paragraph.current);
    };
    setState({ busy: true });
    try {
      const report = await connector.client.undo({ entryId });
      setState({ busy: false, result: undoReportText(report), retry: report.remaining > 0 });
    } catch (e) {
      setState({
        busy: false,
        result: t('ui_undoFailed', errorText(e)),
      });
    }
    onUndone();
    keepFocus();
  };
  return (
    <p class="notice" data-testid="notice" role="status" ref={paragraph} tabIndex={-1}>
      {state.result ?? notice.text}
      {notice.journalId !== undefined && (state.result === undefined || state.retry) && (
        <>
          {' '}
          <button
            type="button"
            data-testid="undo-button"
            disabled={state.busy}
            onClick={() => undo(notice.journalId as number)}
          >
            {state.retry ? t('ui_undoRest') : t('ui_undo')}
          </button>
        </>
      )}
    </p>
  );
}

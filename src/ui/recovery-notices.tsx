import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import type { RecoveryNotice } from '../journal/journal-entry';
import type { CookieConnector } from './cookie-connector';
import { focusIfLost, nextFocusableAfter } from './focus-if-lost';

/**
 * What the background did, on its last start, about actions a stopped worker left half done
 * ("finished the delete: 400 more cookies"). Asked for when the page opens and whenever the
 * background restarts under it (the change feed's empty batch); every open page shows each
 * notice once, until the user dismisses it in one of them.
 */
export function RecoveryNotices({
  connector,
  onRecovered,
  initialNotices,
}: {
  connector: CookieConnector;
  /** New notices arrived: recovery is done, lists and history should be read again. */
  onRecovered?: () => void;
  /** The notices the page's first request brought (the popup's): not asked for again. */
  initialNotices?: RecoveryNotice[];
}) {
  const [notices, setNotices] = useState<RecoveryNotice[]>(initialNotices ?? []);
  const askOnMount = useRef(initialNotices === undefined);
  const container = useRef<HTMLDivElement>(null);
  const recovered = useRef(onRecovered);
  recovered.current = onRecovered;
  useEffect(() => {
    let open = true;
    const ask = () =>
      connector.client
        .listNotices({})
        .then(({ notices: listed }) => {
          if (!open || listed.length === 0) return;
          setNotices((shown) => [
            ...shown,
            ...listed.filter((n) => !shown.some((s) => s.id === n.id)),
          ]);
          recovered.current?.();
        })
        .catch(() => undefined);
    if (askOnMount.current) void ask();
    askOnMount.current = true;
    const unsubscribe = connector.onChanges((changes) => {
      if (changes.length === 0) void ask();
    });
    return () => {
      open = false;
      unsubscribe();
    };
  }, [connector]);
  if (notices.length === 0) return null;
  const dismiss = () => {
    void connector.client.dismissNotices({ ids: notices.map((n) => n.id) }).catch(() => undefined);
    // Dismiss goes with the notices: the focus goes on to the next control, not to the page.
    const next = nextFocusableAfter(container.current);
    setNotices([]);
    focusIfLost(() => next);
  };
  return (
    <div
      class="notice recovery-notices"
      data-testid="recovery-notices"
      role="status"
      ref={container}
    >
      {notices.map((notice) => (
        <p key={notice.id} data-testid="recovery-notice">
          {notice.text}
        </p>
      ))}
      <button type="button" data-testid="dismiss-recovery" onClick={dismiss}>
        {t('ui_dismiss')}
      </button>
    </div>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { CookieConnector } from './cookie-connector';

/**
 * What the background did, on its last start, about actions a stopped worker left half done
 * ("finished the delete: 400 more cookies"). Asked for when the page opens and whenever the
 * background restarts under it (the change feed's empty batch); each notice is given to one
 * page only, once.
 */
export function RecoveryNotices({ connector }: { connector: CookieConnector }) {
  const [notices, setNotices] = useState<string[]>([]);
  useEffect(() => {
    let open = true;
    const take = () =>
      connector.client
        .takeNotices({})
        .then(({ notices: taken }) => {
          if (open && taken.length > 0) setNotices((shown) => [...shown, ...taken]);
        })
        .catch(() => undefined);
    void take();
    const unsubscribe = connector.onChanges((changes) => {
      if (changes.length === 0) void take();
    });
    return () => {
      open = false;
      unsubscribe();
    };
  }, [connector]);
  if (notices.length === 0) return null;
  return (
    <div class="notice recovery-notices" data-testid="recovery-notices" role="status">
      {notices.map((text) => (
        <p key={text} data-testid="recovery-notice">
          {text}
        </p>
      ))}
      <button type="button" data-testid="dismiss-recovery" onClick={() => setNotices([])}>
        Dismiss
      </button>
    </div>
  );
}

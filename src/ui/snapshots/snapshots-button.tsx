import { useRef, useState } from 'preact/hooks';
import type { Cookie } from '../../cookies/cookie';
import { t } from '../../i18n/t';
import { lazyModule } from '../../lazy-module';
import type { CookieConnector } from '../cookie-connector';
import type { Notice } from '../undo-notice';
import { useLazyModule } from '../use-lazy-module';

// The dialog (list, preview, file import) is fetched when first opened: the popup's JS is
// budgeted and most openings never show it.
const dialog = lazyModule(() => import('./snapshots-dialog'));

export interface SnapshotsButtonProps {
  connector: CookieConnector;
  storeId: string;
  /** The site whose cookies a save takes (popup, panel); the list shows its snapshots. */
  site?: string;
  /** Cookies a save takes instead (the manager's selection); the list shows every snapshot. */
  selection?: Cookie[];
  /** A restore or switch ran: show its notice (with Undo) and read the cookies again. */
  onRestored: (notice: Notice) => void;
}

/** "Snapshots…": opens the snapshot dialog, loading it on first use. */
export function SnapshotsButton(props: SnapshotsButtonProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        type="button"
        data-testid="snapshots-button"
        ref={button}
        onClick={() => setOpen(true)}
      >
        {t('snapshot_button')}
      </button>
      {open && (
        <LazyDialog
          {...props}
          returnFocus={() => button.current}
          onClose={() => setOpen(false)}
          onRestored={(notice) => {
            setOpen(false);
            props.onRestored(notice);
          }}
        />
      )}
    </>
  );
}

function LazyDialog(
  props: SnapshotsButtonProps & {
    onClose: () => void;
    returnFocus: () => HTMLElement | null;
  },
) {
  const { module, failed } = useLazyModule(dialog);
  if (module) return <module.SnapshotsDialog {...props} />;
  return (
    <p class="status-message" role="status" data-testid="snapshots-loading">
      {failed ? t('snapshot_cannotOpen', failed) : t('snapshot_loading')}
    </p>
  );
}

import { useRef, useState } from 'preact/hooks';
import type { Cookie } from '../../cookies/cookie';
import { t } from '../../i18n/t';
import { lazyModule } from '../../lazy-module';
import { errorText } from '../../text/error-text';

// The menu and its copy forms (Set-Cookie line, JSON) are fetched when a Copy button is first
// pressed: every row shows the button, few openings of the popup copy anything, and the
// popup's first render is budgeted (15 KB gzip, README).
const popover = lazyModule(() => import('./copy-menu-popover'));

/**
 * "Copy" on a row: opens a menu of the four forms (copy-menu-popover.tsx). The menu exists only
 * while open: a list of 3,000 rows carries one button each, not four more.
 */
export function CopyMenu({ cookie }: { cookie: Cookie }) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const module = popover.loaded();
  return (
    <>
      <button
        type="button"
        ref={opener}
        data-testid="copy-button"
        aria-haspopup="true"
        aria-expanded={open}
        title={t('table_copyTitle')}
        onClick={() => {
          setStatus('');
          setFailed('');
          if (open) setOpen(false);
          else
            popover.load().then(
              () => setOpen(true),
              (e: unknown) => setFailed(errorText(e)),
            );
        }}
      >
        {t('table_copy')}
      </button>
      {open && module && (
        <module.CopyMenuPopover
          cookie={cookie}
          opener={opener}
          onClose={() => setOpen(false)}
          onCopied={setStatus}
        />
      )}
      {status && (
        <span class="sr-only" role="status">
          {status}
        </span>
      )}
      {failed && (
        // Seen as well as heard: the menu's code could not be loaded, so nothing opened.
        <span class="form-error" role="alert">
          {t('ui_partLoadFailed', failed)}
        </span>
      )}
    </>
  );
}

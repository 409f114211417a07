import { useEffect, useRef, useState } from 'preact/hooks';
import type { Cookie } from '../../cookies/cookie';
import { t } from '../../i18n/t';
import { placePopoverBeside } from '../place-popover';
import { copyCookie, copyFormLabel, copyForms } from './copy-cookie';

/**
 * "Copy" on a row: a popover (the browser's top layer, so no scroll box clips it; Escape and a
 * click outside close it) with the four forms, its first one focused. The menu exists only
 * while open: a list of 3,000 rows carries one button each, not four more.
 */
export function CopyMenu({ cookie }: { cookie: Cookie }) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const menu = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const popover = menu.current;
    const button = opener.current;
    if (!open || !popover || !button) return;
    popover.showPopover();
    placePopoverBeside(popover, button);
    popover.querySelector('button')?.focus();
  }, [open]);
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
          setOpen(!open);
        }}
      >
        {t('table_copy')}
      </button>
      {open && (
        <div
          ref={menu}
          popover="auto"
          class="copy-menu"
          data-testid="copy-menu"
          onToggle={(event) => {
            if (event.newState === 'closed') setOpen(false);
          }}
        >
          {copyForms.map((form) => (
            <button
              key={form}
              type="button"
              data-testid={`copy-${form}`}
              onClick={async () => {
                setStatus(await copyCookie(cookie, form));
                menu.current?.hidePopover();
                opener.current?.focus();
              }}
            >
              {copyFormLabel(form)}
            </button>
          ))}
        </div>
      )}
      {status && (
        <span class="sr-only" role="status">
          {status}
        </span>
      )}
    </>
  );
}

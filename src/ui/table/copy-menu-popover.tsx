import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Cookie } from '../../cookies/cookie';
import { placePopoverBeside } from '../place-popover';
import { copyCookie, copyFormLabel, copyForms } from './copy-cookie';

export interface CopyMenuPopoverProps {
  cookie: Cookie;
  /** The row's Copy button: the menu is placed beside it, and the focus returns to it. */
  opener: RefObject<HTMLButtonElement | null>;
  onClose: () => void;
  /** What was copied, in words (or why not), for screen readers. */
  onCopied: (status: string) => void;
}

/**
 * The open Copy menu: a popover (the browser's top layer, so no scroll box clips it; Escape and
 * a click outside close it) with the four forms, its first one focused. Fetched with the copy
 * forms when a Copy button is first pressed (copy-menu.tsx).
 */
export function CopyMenuPopover({ cookie, opener, onClose, onCopied }: CopyMenuPopoverProps) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const popover = menu.current;
    const button = opener.current;
    if (!popover || !button) return;
    popover.showPopover();
    placePopoverBeside(popover, button);
    popover.querySelector('button')?.focus();
  }, [opener]);
  return (
    <div
      ref={menu}
      popover="auto"
      class="copy-menu"
      data-testid="copy-menu"
      onToggle={(event) => {
        if (event.newState === 'closed') onClose();
      }}
    >
      {copyForms.map((form) => (
        <button
          key={form}
          type="button"
          data-testid={`copy-${form}`}
          onClick={async () => {
            onCopied(await copyCookie(cookie, form));
            menu.current?.hidePopover();
            opener.current?.focus();
          }}
        >
          {copyFormLabel(form)}
        </button>
      ))}
    </div>
  );
}

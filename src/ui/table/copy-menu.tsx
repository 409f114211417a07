import { useId, useRef, useState } from 'preact/hooks';
import type { Cookie } from '../../cookies/cookie';
import { copyCookie, copyForms } from './copy-cookie';

/**
 * "Copy" on a row: a popover (the browser's top layer, so no scroll box clips it; Escape and a
 * click outside close it) with the four forms. Opened from the keyboard, Tab moves into it.
 */
export function CopyMenu({ cookie }: { cookie: Cookie }) {
  const id = useId();
  const menu = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [status, setStatus] = useState('');
  // Beside its button: the popover is placed by hand, anchor positioning being recent.
  const place = (event: Event) => {
    if ((event as ToggleEvent).newState !== 'open' || !menu.current || !opener.current) return;
    const box = opener.current.getBoundingClientRect();
    const width = menu.current.offsetWidth;
    menu.current.style.left = `${Math.max(4, Math.min(box.right - width, innerWidth - width - 4))}px`;
    const below = box.bottom + 2;
    menu.current.style.top = `${below + menu.current.offsetHeight > innerHeight ? Math.max(4, box.top - menu.current.offsetHeight - 2) : below}px`;
    menu.current.querySelector('button')?.focus();
    setStatus('');
  };
  return (
    <>
      <button
        type="button"
        ref={opener}
        data-testid="copy-button"
        popovertarget={id}
        aria-haspopup="true"
        title="Copy the value, name=value, a Set-Cookie line or JSON"
      >
        Copy
      </button>
      <div
        id={id}
        ref={menu}
        popover="auto"
        class="copy-menu"
        data-testid="copy-menu"
        onToggle={place}
      >
        {copyForms.map(({ form, label }) => (
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
            {label}
          </button>
        ))}
      </div>
      <span class="sr-only" role="status">
        {status}
      </span>
    </>
  );
}

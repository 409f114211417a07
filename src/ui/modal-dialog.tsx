import type { ComponentChildren, RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

export interface ModalDialogProps {
  /** The dialog's name: the id of its heading, or a label when it has no heading. */
  labelledBy?: string;
  label?: string;
  /** `alertdialog` for a question about a destructive action. */
  role?: 'dialog' | 'alertdialog';
  class?: string;
  testId?: string;
  /**
   * Escape (the dialog's `cancel`) runs this, the same code as its Close or Cancel button; the
   * dialog closes when the page stops rendering it, so a dialog that must stay open (an import
   * that is writing) says why instead.
   */
  onCancel: () => void;
  /** Takes the focus on opening; without it the browser focuses the first focusable control. */
  initialFocus?: RefObject<HTMLElement | null>;
  /**
   * Where the focus goes on closing when the control that opened the dialog is gone or can no
   * longer take it (the row was deleted, Delete all is disabled once nothing is left).
   */
  returnFocus?: () => HTMLElement | null | undefined;
  children: ComponentChildren;
  [data: `data-${string}`]: string | number | undefined;
}

const focusable = (el: Element | null): el is HTMLElement =>
  el instanceof HTMLElement && el.isConnected && el !== document.body;

/**
 * A real modal `<dialog>` (showModal): the page behind is inert and out of the tab order, the
 * ::backdrop dims it, and the focus goes back to what opened the dialog when it closes.
 */
export function ModalDialog({
  labelledBy,
  label,
  role = 'dialog',
  class: className,
  testId,
  onCancel,
  initialFocus,
  returnFocus,
  children,
  ...data
}: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef(onCancel);
  cancel.current = onCancel;
  const fallback = useRef(returnFocus);
  fallback.current = returnFocus;

  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return undefined;
    const opener = document.activeElement;
    // happy-dom and old engines: the dialog still shows, without the top layer.
    if (typeof element.showModal === 'function' && !element.open) element.showModal();
    else element.setAttribute('open', '');
    initialFocus?.current?.focus();
    return () => {
      if (element.open && typeof element.close === 'function') element.close();
      // After the page re-rendered: the opener may be disabled or gone by then.
      queueMicrotask(() => restoreFocus(opener, fallback.current));
    };
    // Opened once per mount: the props that change are read through refs.
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Handled here rather than left to the browser: Chromium closes a dialog on a second Escape
    // without a cancelable `cancel` event (close watchers need a user activation in between).
    // And a dialog inside a dialog answers only for itself.
    event.preventDefault();
    event.stopPropagation();
    cancel.current();
  };

  return (
    <dialog
      ref={dialog}
      class={`modal${className ? ` ${className}` : ''}`}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={labelledBy}
      aria-label={label}
      aria-modal="true"
      data-testid={testId}
      {...data}
      onKeyDown={onKeyDown}
      onCancel={(event: Event) => {
        // Any other close request (a platform back gesture): the page decides, as for Escape.
        event.preventDefault();
        cancel.current();
      }}
    >
      {children}
    </dialog>
  );
}

function restoreFocus(
  opener: Element | null,
  fallback: (() => HTMLElement | null | undefined) | undefined,
) {
  const active = document.activeElement;
  // Something else took the focus meanwhile (a row after a delete, the editor): leave it there.
  if (focusable(active) && !(active instanceof HTMLDialogElement)) return;
  if (focusable(opener)) {
    opener.focus();
    if (document.activeElement === opener) return;
  }
  fallback?.()?.focus();
}

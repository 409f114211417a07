// @vitest-environment happy-dom
import { useRef, useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ModalDialog } from './modal-dialog';
import { eventually, renderInDom } from './testing/render-in-dom';

let cleanup = () => {};
afterEach(() => cleanup());

/** An opener and its dialog, as a page has them; `stay` keeps it open (an import writing). */
function Page({ stay = false }: { stay?: boolean }) {
  const [open, setOpen] = useState(false);
  const [asked, setAsked] = useState(0);
  const cancel = useRef<HTMLButtonElement>(null);
  const close = () => (stay ? setAsked((n) => n + 1) : setOpen(false));
  return (
    <>
      <button type="button" data-testid="opener" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && (
        <ModalDialog label="Question" testId="dialog" initialFocus={cancel} onCancel={close}>
          <p data-testid="asked">{asked}</p>
          <button type="button">Go on</button>
          <button type="button" data-testid="cancel" ref={cancel} onClick={close}>
            Cancel
          </button>
        </ModalDialog>
      )}
    </>
  );
}

const pressEscape = (element: Element) =>
  act(() => {
    element.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }),
    );
  });

describe('ModalDialog', () => {
  it('opens as a named dialog with the focus on its safe choice; Escape closes it as Cancel does, and the focus returns to the opener', async () => {
    const view = renderInDom(<Page />);
    cleanup = view.unmount;
    const opener = view.byTestId('opener');
    opener.focus();
    view.click(opener);
    const dialog = view.byTestId<HTMLDialogElement>('dialog');
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('aria-label')).toBe('Question');
    expect(document.activeElement).toBe(view.byTestId('cancel'));

    pressEscape(view.byTestId('cancel'));
    expect(view.has('dialog')).toBe(false);
    await eventually(() => expect(document.activeElement).toBe(opener));
  });

  it('Escape runs the page’s close, which may keep the dialog open', () => {
    const view = renderInDom(<Page stay />);
    cleanup = view.unmount;
    view.click(view.byTestId('opener'));
    pressEscape(view.byTestId('cancel'));
    expect(view.has('dialog')).toBe(true);
    expect(view.byTestId('asked').textContent).toBe('1');
  });
});

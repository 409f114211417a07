import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

/**
 * Renders a component into the test's DOM (happy-dom) and gives the few ways a user acts on
 * it; every action runs inside `act`, so effects and re-renders are done before it returns.
 */
export function renderInDom(ui: ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(ui, root));

  const byTestId = <E extends Element = HTMLElement>(id: string): E => {
    const found = root.querySelector<E>(`[data-testid="${id}"]`);
    if (!found) throw new Error(`Nothing with data-testid="${id}" in: ${root.innerHTML}`);
    return found;
  };
  return {
    root,
    byTestId,
    allByTestId: (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)],
    has: (id: string) => root.querySelector(`[data-testid="${id}"]`) !== null,
    click: (element: HTMLElement) => act(() => element.click()),
    type: (element: HTMLInputElement | HTMLTextAreaElement, text: string) =>
      act(() => {
        element.value = text;
        element.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    submit: (form: HTMLFormElement) =>
      act(() => {
        form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      }),
    unmount: () => {
      act(() => render(null, root));
      root.remove();
    },
  };
}

/** Retries `check` until it stops throwing (async work: the fake background, change batches). */
export async function eventually<T>(check: () => T, timeoutMs = 2000): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await act(() => new Promise<void>((resolve) => setTimeout(resolve, 10)));
    }
  }
}

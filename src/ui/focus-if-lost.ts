/**
 * After an action re-rendered the page: if the focus fell to the page (its control was removed
 * or disabled, as Delete all is once nothing is left), it goes to `target` instead, so a
 * keyboard user goes on from a sensible place rather than from the top of the page.
 */
export function focusIfLost(target: () => HTMLElement | null | undefined): void {
  // Preact renders in a microtask: a timeout runs after the render the action caused.
  setTimeout(() => {
    if (isFocusLost(document.activeElement)) target()?.focus();
  });
}

export function isFocusLost(active: Element | null): boolean {
  return (
    active === null ||
    active === document.body ||
    !active.isConnected ||
    (active instanceof HTMLButtonElement && active.disabled)
  );
}

const focusableSelector =
  'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), a[href], [tabindex="0"]';

/** The first control after `element` (outside it) in the tab order of the page, if any. */
export function nextFocusableAfter(element: Element | null): HTMLElement | undefined {
  if (!element) return undefined;
  for (const candidate of element.ownerDocument.querySelectorAll<HTMLElement>(focusableSelector)) {
    if (element.contains(candidate)) continue;
    if (element.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING)
      return candidate;
  }
  return undefined;
}

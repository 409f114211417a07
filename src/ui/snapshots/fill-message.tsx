import type { ComponentChildren } from 'preact';

/**
 * A translated sentence with elements inside (a name in its own <bdi>): t() only substitutes
 * text, so each element goes in as a private-use sentinel that no translation contains, and
 * the message is split around them. The words around an element stay one message, in the
 * translator's order.
 */
const first = 0xe000;

/** The stand-in for the `index`th element of `fill`. */
export function slot(index: number): string {
  return String.fromCharCode(first + index);
}

/** The message with each `slot(i)` replaced by `elements[i]`. */
export function fill(message: string, ...elements: ComponentChildren[]): ComponentChildren[] {
  return message
    .split(/([\ue000-\ue00f])/)
    .filter((part) => part !== '')
    .map((part) => {
      const index = part.length === 1 ? part.charCodeAt(0) - first : -1;
      return index >= 0 && index < elements.length ? elements[index] : part;
    });
}

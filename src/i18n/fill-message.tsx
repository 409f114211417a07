import { type ComponentChildren, Fragment } from 'preact';

// t() only substitutes text. A sentence with elements inside (a count in its own span, a name in
// a <bdi>, an input) stays one message, so the translation decides where each goes: the element
// is given to t() as a slot, a private-use sequence no message of ours contains, and the
// translated text is cut around the slots. Two characters with the index between them, so a
// lone private-use character in substituted cookie text is never taken for a slot.
const slotPattern = /\uE000(\d)\uE001/;

/** The substitution that stands for the `index`th element given to `fill`. */
export function slot(index: number): string {
  return `\uE000${index}\uE001`;
}

/** The translated `message` with each `slot(i)` replaced by `elements[i]`. */
export function fill(message: string, ...elements: ComponentChildren[]): ComponentChildren[] {
  return message.split(slotPattern).map((piece, i) => (
    // Odd pieces are the captured slot numbers.
    <Fragment key={i}>{i % 2 === 0 ? piece : elements[Number(piece)]}</Fragment>
  ));
}

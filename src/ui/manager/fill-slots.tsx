import { type ComponentChildren, Fragment } from 'preact';

// Private-use characters: no message of ours contains them. Every substitution of a slotted
// message is a slot or our own text, so cookie text (which may hold anything) is never parsed.
const slotPattern = /\uE000(\d)\uE001/;

/** The substitution that stands for `parts[index]` in a message given to `fillSlots`. */
export function slot(index: number): string {
  return `\uE000${index}\uE001`;
}

/**
 * A translated sentence with elements inside (a count in its own span, a site list the tests
 * find by id): the sentence stays one message, so the translation decides where they go.
 */
export function fillSlots(text: string, parts: readonly ComponentChildren[]): ComponentChildren {
  return text.split(slotPattern).map((piece, i) => (
    // Odd pieces are the captured slot numbers; the pieces of one message never reorder.
    <Fragment key={i}>{i % 2 === 0 ? piece : parts[Number(piece)]}</Fragment>
  ));
}

// Chrome's and Firefox's toolbar popups are at most 600px high. A popup's window starts at the
// size of what it first shows ("Loading…", 64px) and grows to its content: its innerHeight at a
// list's first render says nothing of the room the list will have.
const popupMaxHeight = 600;

/** The height the page's window has or can grow to (a popup: up to 600px). */
export function roomyWindowHeight(): number {
  return Math.max(globalThis.innerHeight || 0, popupMaxHeight);
}

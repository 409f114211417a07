// Chrome's and Firefox's toolbar popups are at most 600px high. A popup's window starts at the
// size of what it first shows ("Loading…", 64px) and grows to its content: its innerHeight at a
// list's first render says nothing of the room the list will have.
const popupMaxHeight = 600;

/** The height the page's window has or can grow to (a popup: up to 600px). */
export function roomyWindowHeight(): number {
  return Math.max(globalThis.innerHeight || 0, popupMaxHeight);
}

/**
 * The height a box sized by its content can grow to: its CSS max-height, within the window's
 * room. Undefined for a box without a max-height (or without a CSS engine, as in unit tests).
 */
export function maxHeightRoom(box: Element): number | undefined {
  const cap = Number.parseFloat(getComputedStyle(box).maxHeight);
  return Number.isFinite(cap) && cap > 0 ? Math.min(cap, roomyWindowHeight()) : undefined;
}

/**
 * The most of a list a box of class `boxClass` can show (420px in the popup, max(320px, 70vh)
 * in the panel; see maxHeightRoom). A list counts its first screen before its box exists, so a
 * hidden probe of the same class is asked. Without a max-height: the window's room.
 */
export function boxRoom(boxClass: string): number {
  const body = globalThis.document?.body;
  if (!body) return roomyWindowHeight();
  const probe = document.createElement('div');
  probe.className = boxClass;
  probe.hidden = true;
  body.append(probe);
  const room = maxHeightRoom(probe);
  probe.remove();
  return room ?? roomyWindowHeight();
}

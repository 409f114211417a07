// Chrome's and Firefox's toolbar popups are at most 600px high. A popup's window starts at the
// size of what it first shows ("Loading…", 64px) and grows to its content: its innerHeight at a
// list's first render says nothing of the room the list will have.
const popupMaxHeight = 600;

/** The height the page's window has or can grow to (a popup: up to 600px). */
export function roomyWindowHeight(): number {
  return Math.max(globalThis.innerHeight || 0, popupMaxHeight);
}

/**
 * The most of a list a box of class `boxClass` can show: its CSS max-height (420px in the
 * popup, max(320px, 70vh) in the panel) within the window's room. A list counts its first
 * screen before its box exists, so a hidden probe of the same class is asked. Without a
 * max-height (or without a CSS engine, as in unit tests) it is the window's room.
 */
export function boxRoom(boxClass: string): number {
  const room = roomyWindowHeight();
  const body = globalThis.document?.body;
  if (!body) return room;
  const probe = document.createElement('div');
  probe.className = boxClass;
  probe.hidden = true;
  body.append(probe);
  const cap = Number.parseFloat(getComputedStyle(probe).maxHeight);
  probe.remove();
  return Number.isFinite(cap) && cap > 0 ? Math.min(cap, room) : room;
}

export interface Box {
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Set when the popover is taller than the room on its side: it scrolls within this. */
  maxHeight?: number;
}

const gap = 2;

/**
 * Where a popover goes beside the button that opened it: under it, its right edge on the
 * button's (the buttons sit at the right end of their rows), kept `margin` px inside the
 * viewport; above the button only when there is not room below and more room above.
 */
export function placePopover(
  button: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  margin = 4,
): Placement {
  const left = Math.max(
    margin,
    Math.min(button.right - size.width, viewport.width - size.width - margin),
  );
  const below = button.bottom + gap;
  const roomBelow = viewport.height - below - margin;
  if (size.height <= roomBelow) return { left, top: below };
  const roomAbove = button.top - gap - margin;
  if (roomAbove > roomBelow) {
    const height = Math.min(size.height, roomAbove);
    return {
      left,
      top: button.top - gap - height,
      ...(height < size.height && { maxHeight: height }),
    };
  }
  return { left, top: below, maxHeight: Math.max(0, roomBelow) };
}

/** Puts an open popover beside its button (by hand: CSS anchor positioning is recent). */
export function placePopoverBeside(popover: HTMLElement, button: HTMLElement): void {
  popover.style.maxHeight = '';
  const place = placePopover(
    button.getBoundingClientRect(),
    { width: popover.offsetWidth, height: popover.offsetHeight },
    { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
  );
  popover.style.left = `${place.left}px`;
  popover.style.top = `${place.top}px`;
  if (place.maxHeight !== undefined) popover.style.maxHeight = `${place.maxHeight}px`;
}

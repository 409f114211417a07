/** The narrowest and widest a column can be made, by pointer or keyboard. */
export const minColumnWidth = 24;
export const maxColumnWidth = 2000;

/** Whole pixels within the limits (a stored width outside them is ignored on reading). */
export function clampColumnWidth(width: number): number {
  return Math.max(minColumnWidth, Math.min(maxColumnWidth, Math.round(width)));
}

/** One arrow press on a resize handle; with Shift, a bigger step for coarse moves. */
export const keyStep = 8;
export const shiftKeyStep = 40;

/**
 * The width after a key on a column's resize handle, or undefined for keys it ignores.
 * Home and End go to the limits, as on any separator with a value (WAI-ARIA APG window splitter).
 */
export function keyedColumnWidth(width: number, key: string, shift: boolean): number | undefined {
  const step = shift ? shiftKeyStep : keyStep;
  if (key === 'ArrowRight') return clampColumnWidth(width + step);
  if (key === 'ArrowLeft') return clampColumnWidth(width - step);
  if (key === 'Home') return minColumnWidth;
  if (key === 'End') return maxColumnWidth;
  return undefined;
}

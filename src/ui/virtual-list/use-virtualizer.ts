import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/virtual-core';
import { useLayoutEffect, useReducer, useState } from 'preact/hooks';
import { maxHeightRoom } from './window-height';

export type VirtualListOptions = Omit<
  VirtualizerOptions<HTMLElement, HTMLElement>,
  'observeElementRect' | 'observeElementOffset' | 'scrollToFn' | 'onChange'
>;

/**
 * The scroll box's size, as the visible range needs it. A box sized by its rows up to a CSS
 * max-height (the popup's list, the panel's) measures 0 while it is empty, so a list filling
 * from empty (a page setting its cookies in a burst) rendered no rows, then its rows a frame
 * later, once the box had grown. Such a box counts as its max-height (at most the window's, or
 * what a popup's window grows to): the height it grows to, and has whenever the list is long
 * enough to scroll. A box without a max-height (the manager's) is taken as measured. Read on
 * every measurement, since the cap changes with the layout (the details pane shrinks the
 * popup's list).
 */
export const observeAtLeastMaxHeight: typeof observeElementRect = (instance, callback) => {
  const box = instance.scrollElement;
  return observeElementRect(instance, (rect) => {
    const least = box ? (maxHeightRoom(box) ?? 0) : 0;
    callback({ width: rect.width, height: Math.max(rect.height, least) });
  });
};

/**
 * @tanstack/virtual-core for Preact, as its React adapter does it: one Virtualizer per
 * component, options refreshed on every render, and a re-render whenever the visible range
 * changes (scrolling, resizing, a row measured at another height).
 */
export function useVirtualizer(options: VirtualListOptions): Virtualizer<HTMLElement, HTMLElement> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const resolved: VirtualizerOptions<HTMLElement, HTMLElement> = {
    observeElementRect: observeAtLeastMaxHeight,
    observeElementOffset,
    scrollToFn: elementScroll,
    ...options,
    onChange: () => rerender(undefined),
  };
  const [virtualizer] = useState(() => new Virtualizer(resolved));
  virtualizer.setOptions(resolved);
  // Mount and unmount only.
  useLayoutEffect(() => virtualizer._didMount(), []);
  // Every render: picks up the scroll element once it exists and re-measures.
  useLayoutEffect(() => virtualizer._willUpdate());
  return virtualizer;
}

/**
 * Sizes from the ResizeObserver only. virtual-core's default reads offsetHeight as each row
 * mounts, which forces a layout in the middle of Preact's commit (and again for the next row if
 * the first one moved anything): a search keystroke then paid for several layouts. Here a new
 * row starts at its remembered or estimated height and the observer, which runs after the
 * frame's own layout, corrects it.
 */
export const measureWithoutLayout = (
  element: HTMLElement,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLElement, HTMLElement>,
) => {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(box.blockSize);
  const index = instance.indexFromElement(element);
  return (
    instance.itemSizeCache.get(instance.options.getItemKey(index)) ??
    instance.options.estimateSize(index)
  );
};

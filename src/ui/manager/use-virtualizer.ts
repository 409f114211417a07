import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/virtual-core';
import { useLayoutEffect, useReducer, useState } from 'preact/hooks';

export type VirtualListOptions = Omit<
  VirtualizerOptions<HTMLElement, HTMLElement>,
  'observeElementRect' | 'observeElementOffset' | 'scrollToFn' | 'onChange'
>;

/**
 * @tanstack/virtual-core for Preact, as its React adapter does it: one Virtualizer per
 * component, options refreshed on every render, and a re-render whenever the visible range
 * changes (scrolling, resizing, a row measured at another height).
 */
export function useVirtualizer(options: VirtualListOptions): Virtualizer<HTMLElement, HTMLElement> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const resolved: VirtualizerOptions<HTMLElement, HTMLElement> = {
    observeElementRect,
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

import { useCallback, useImperativeHandle, useMemo, useRef } from 'preact/hooks';
import { identityKey } from '../cookies/cookie-identity';
import { type CookieListProps, CookieListView, rowHeight, rowSelector } from './cookie-list-view';
import { useRowFocus } from './virtual-list/use-row-focus';
import { measureWithoutLayout, useVirtualizer } from './virtual-list/use-virtualizer';

// The list's height before it is measured (the CSS caps it at 420px in the popup): the first
// render already shows the rows a user sees, not an empty list that fills a frame later.
const initialRect = { width: 560, height: 420 };

/**
 * A long list of a site's cookies, virtualised: only the rows in view (and a few more at each
 * end) exist in the DOM, so the 180 cookies Chrome allows a site cost what a dozen do. Loaded
 * by CookieList only when a list gets long (it brings @tanstack/virtual-core with it).
 */
export function VirtualCookieList({ handle, ...props }: CookieListProps) {
  const { cookies } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const keys = useMemo(() => cookies.map(identityKey), [cookies]);
  const virtualizer = useVirtualizer({
    count: cookies.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => keys[index] ?? index,
    measureElement: measureWithoutLayout,
    initialRect,
    overscan: 6,
  });
  const scrollToIndex = useCallback(
    (index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }),
    [virtualizer],
  );
  const focus = useRowFocus({ keys, scrollToIndex, scrollRef, rowSelector, rowHeight });
  useImperativeHandle(handle, () => ({ focusRow: focus.focusRow }), [focus.focusRow]);
  const rows = virtualizer.getVirtualItems();
  return (
    <CookieListView
      {...props}
      scrollRef={scrollRef}
      keys={keys}
      indices={rows.map((row) => row.index)}
      focus={focus}
      virtual={{
        totalSize: virtualizer.getTotalSize(),
        offset: rows[0]?.start ?? 0,
        measure: virtualizer.measureElement,
      }}
    />
  );
}

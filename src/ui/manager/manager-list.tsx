import type { Virtualizer } from '@tanstack/virtual-core';
import type { Ref } from 'preact';
import {
  useCallback,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'preact/hooks';
import type { Selection } from './cookie-selection';
import { ManagerRow, type RowActions } from './manager-row';
import { type NavigationKey, navigationKeys, nextRowIndex } from './row-navigation';
import { type SiteGroupActions, SiteGroupHeader } from './site-group-header';
import { useVirtualizer } from './use-virtualizer';
import type { ManagerItem } from './visible-rows';

export interface ManagerListHandle {
  /** Puts the keyboard focus back on a row (after its editor closes), if it is still listed. */
  focusRow(key: string): void;
}

export interface ManagerListProps {
  items: ManagerItem[];
  selection: Selection;
  now: Date;
  loaded: boolean;
  storeLabel: (storeId: string) => string | undefined;
  rowActions: RowActions;
  siteActions: SiteGroupActions;
  handle: Ref<ManagerListHandle>;
}

// The usual heights (a row whose value is expanded, or whose flags wrap, is taller: the
// ResizeObserver reports it and the list makes room).
const rowHeight = 66;
const headerHeight = 36;

/**
 * Sizes from the ResizeObserver only. virtual-core's default reads offsetHeight as each row
 * mounts, which forces a layout in the middle of Preact's commit (and again for the next row if
 * the first one moved anything): a search keystroke then paid for several layouts. Here a new
 * row starts at its remembered or estimated height and the observer, which runs after the
 * frame's own layout, corrects it.
 */
const measureWithoutLayout = (
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

const rowSelector = '[data-testid="manager-row"]';

/**
 * The virtualised list: only the rows in view (and one more at each end) exist in the DOM, so
 * 3,000 cookies cost what a dozen do. Keyboard: arrows, Page Up/Down, Home/End move between cookie rows (the
 * focused row scrolls into view), Space selects, Enter edits.
 */
export function ManagerList({
  items,
  selection,
  now,
  loaded,
  storeLabel,
  rowActions,
  siteActions,
  handle,
}: ManagerListProps) {
  const scrollRef = useRef<HTMLElement>(null);
  const [focusedKey, setFocusedKey] = useState<string>();
  // Set by a key press: focus this row as soon as it is rendered (it may be scrolled to first).
  const pendingFocus = useRef<string | undefined>(undefined);

  // Built on first use only: most keystrokes never ask (3,000 entries cost more than the filter).
  const indexOfKey = useMemo(() => {
    let index: Map<string, number> | undefined;
    return (key: string) => {
      index ??= new Map(items.map((item, i) => [item.key, i]));
      return index.get(key);
    };
  }, [items]);
  const getItemKey = useCallback((index: number) => items[index]?.key ?? index, [items]);
  const estimateSize = useCallback(
    (index: number) => (items[index]?.kind === 'site' ? headerHeight : rowHeight),
    [items],
  );
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    measureElement: measureWithoutLayout,
    overscan: 1,
  });

  const focusIndex = useCallback(
    (index: number) => {
      const key = items[index]?.key;
      if (key === undefined) return;
      setFocusedKey(key);
      pendingFocus.current = key;
      virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [items, virtualizer],
  );

  useImperativeHandle(
    handle,
    () => ({
      focusRow(key) {
        const index = indexOfKey(key);
        if (index !== undefined) focusIndex(index);
      },
    }),
    [indexOfKey, focusIndex],
  );

  useLayoutEffect(() => {
    const key = pendingFocus.current;
    if (key === undefined) return;
    const index = indexOfKey(key);
    if (index === undefined) {
      pendingFocus.current = undefined;
      return;
    }
    const row = scrollRef.current?.querySelector<HTMLElement>(
      `[data-index="${index}"] ${rowSelector}`,
    );
    if (row) {
      pendingFocus.current = undefined;
      // The virtualizer already scrolled it into view; the browser's own scroll would centre it.
      row.focus({ preventScroll: true });
    }
  });

  // The Tab stop: the focused row, or the first row while none is (or it left the list).
  const tabbableKey =
    focusedKey !== undefined && indexOfKey(focusedKey) !== undefined
      ? focusedKey
      : items.find((item) => item.kind === 'cookie')?.key;

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>(rowSelector);
    const wrapper = row?.parentElement;
    if (!row || !wrapper || event.altKey || event.ctrlKey || event.metaKey) return;
    const onRow = target === row;
    const onCheckbox = target instanceof HTMLInputElement && target.type === 'checkbox';
    // A held arrow key outruns rendering: while the next row is still being scrolled to, keys
    // still reach the old one. They act on the row the focus is going to, so none is lost.
    const pending = pendingFocus.current;
    const focusedIndex = Number(wrapper.dataset.index);
    const index = pending === undefined ? focusedIndex : (indexOfKey(pending) ?? focusedIndex);
    const item = items[index];
    if (item?.kind !== 'cookie') return;
    if (navigationKeys.has(event.key) && (onRow || onCheckbox)) {
      event.preventDefault();
      const viewport = scrollRef.current?.clientHeight ?? rowHeight;
      const page = Math.max(1, Math.floor(viewport / rowHeight));
      const next = nextRowIndex(items, index, event.key as NavigationKey, page);
      if (next !== undefined) focusIndex(next);
      return;
    }
    if (!onRow) return;
    if (event.key === ' ') {
      event.preventDefault();
      rowActions.onToggle(item.key);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      rowActions.onEdit(item.cookie);
    }
  };

  const onFocusIn = (event: FocusEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>(rowSelector);
    const index = Number(row?.parentElement?.dataset.index);
    const key = items[index]?.key;
    if (key !== undefined && key !== focusedKey) setFocusedKey(key);
  };

  return (
    <section
      class="manager-scroll"
      ref={scrollRef}
      data-testid="manager-list"
      data-loaded={loaded ? 'true' : 'false'}
      data-count={items.length}
      aria-label="Cookies"
      onKeyDown={onKeyDown}
      onFocusIn={onFocusIn}
    >
      <div class="manager-sizer" style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {virtualizer.getVirtualItems().map((virtual) => {
          const item = items[virtual.index];
          if (!item) return null;
          return (
            <div
              key={item.key}
              class="manager-item"
              data-index={virtual.index}
              ref={virtualizer.measureElement}
              style={{ transform: `translateY(${virtual.start}px)` }}
            >
              {item.kind === 'site' ? (
                <SiteGroupHeader
                  item={item}
                  storeLabel={storeLabel(item.group.storeId)}
                  selection={selection}
                  actions={siteActions}
                />
              ) : (
                <ManagerRow
                  cookie={item.cookie}
                  itemKey={item.key}
                  site={item.site}
                  selected={selection.has(item.key)}
                  tabbable={item.key === tabbableKey}
                  now={now}
                  actions={rowActions}
                />
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}

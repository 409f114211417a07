import type { RefObject } from 'preact';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type NavigationKey, navigationKeys, nextRowIndex, type RowList } from './row-navigation';

export interface RowFocusOptions {
  /** Per item of the list, the key of the row it is, or undefined if the focus skips it. */
  keys: readonly (string | undefined)[];
  /** Brings a row into view (a virtualised list renders it if it was not). */
  scrollToIndex: (index: number) => void;
  scrollRef: RefObject<HTMLElement | null>;
  /** The focusable row: the element with `data-index`, or inside it. */
  rowSelector: string;
  /** The usual row height, for Page Up/Down. */
  rowHeight: number;
}

export interface RowFocus {
  /** The one row reached with Tab (roving tabindex): the focused row, else the first. */
  tabbableKey: string | undefined;
  /** Moves the focus to a row, scrolling it into view first if it is not rendered. */
  focusRow(key: string): void;
  /** The index of the row a key press on `target` acts on, if it came from inside a row. */
  rowIndexOf(target: EventTarget | null): number | undefined;
  /** Arrows, Page Up/Down, Home/End: moves the focus and returns true; other keys: false. */
  navigate(event: KeyboardEvent, index: number): boolean;
  onFocusIn(event: FocusEvent): void;
  onFocusOut(event: FocusEvent): void;
}

/**
 * Keyboard focus in a virtualised list, where the row to focus may not exist in the DOM yet:
 * the list scrolls to it, and the focus follows once it is rendered. If the focused row goes
 * away (deleted), the focus moves to the row now in its place instead of falling to the page.
 */
export function useRowFocus({
  keys,
  scrollToIndex,
  scrollRef,
  rowSelector,
  rowHeight,
}: RowFocusOptions): RowFocus {
  const [focused, setFocused] = useState<{ key: string; index: number }>();
  // Set by a key press: focus this row as soon as it is rendered (it may be scrolled to first).
  const pendingFocus = useRef<string | undefined>(undefined);
  const movedAt = useRef(Number.NEGATIVE_INFINITY);

  // Built on first use only: most renders never ask (3,000 entries cost more than a filter).
  const indexOf = useMemo(() => {
    let index: Map<string, number> | undefined;
    return (key: string) => {
      if (!index) {
        index = new Map();
        for (const [i, k] of keys.entries()) if (k !== undefined) index.set(k, i);
      }
      return index.get(key);
    };
  }, [keys]);
  const list: RowList = useMemo(
    () => ({ count: keys.length, isRow: (i) => keys[i] !== undefined }),
    [keys],
  );

  const focusIndex = useCallback(
    (index: number) => {
      const key = keys[index];
      if (key === undefined) return;
      setFocused({ key, index });
      pendingFocus.current = key;
      movedAt.current = performance.now();
      scrollToIndex(index);
    },
    [keys, scrollToIndex],
  );

  const rowElement = (index: number) => {
    const item = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    return item?.matches(rowSelector) ? item : item?.querySelector<HTMLElement>(rowSelector);
  };

  useLayoutEffect(() => {
    // The focused row was removed with the focus in it: take the row now at its place.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (
      pendingFocus.current === undefined &&
      focused &&
      lost &&
      indexOf(focused.key) === undefined
    ) {
      const next = nextRowIndex(list, Math.min(focused.index, keys.length) - 1, 'ArrowDown', 1);
      const fallback = next ?? nextRowIndex(list, keys.length, 'ArrowUp', 1);
      if (fallback !== undefined) focusIndex(fallback);
    }
    // Preact moves a kept row in the DOM when the rendered window shifts (End in a list with
    // group headers), and a moved element loses the focus: shortly after a keyboard move, the
    // focus goes back to the row it was on.
    if (
      pendingFocus.current === undefined &&
      focused &&
      lost &&
      performance.now() - movedAt.current < 1500
    ) {
      const index = indexOf(focused.key);
      const row = index === undefined ? undefined : rowElement(index);
      row?.focus({ preventScroll: true });
    }
    const key = pendingFocus.current;
    if (key === undefined) return;
    const index = indexOf(key);
    if (index === undefined) {
      pendingFocus.current = undefined;
      return;
    }
    const row = rowElement(index);
    if (row) {
      pendingFocus.current = undefined;
      // scrollToIndex already brought it into view; the browser's own scroll would centre it.
      row.focus({ preventScroll: true });
    }
  });

  const focusRow = useCallback(
    (key: string) => {
      const index = indexOf(key);
      if (index !== undefined) focusIndex(index);
    },
    [indexOf, focusIndex],
  );

  const focusedKey = focused && indexOf(focused.key) !== undefined ? focused.key : undefined;
  const tabbableKey = focusedKey ?? keys.find((k) => k !== undefined);

  const rowIndexOf = (target: EventTarget | null) => {
    const item = (target as HTMLElement | null)?.closest?.<HTMLElement>('[data-index]');
    if (!item || !(target as HTMLElement).closest(rowSelector)) return undefined;
    // A held arrow key outruns rendering: while the next row is still being scrolled to, keys
    // still reach the old one. They act on the row the focus is going to, so none is lost.
    const pending = pendingFocus.current;
    const shown = Number(item.dataset.index);
    return pending === undefined ? shown : (indexOf(pending) ?? shown);
  };

  return {
    tabbableKey,
    focusRow,
    rowIndexOf,
    navigate(event, index) {
      if (!navigationKeys.has(event.key)) return false;
      event.preventDefault();
      const viewport = scrollRef.current?.clientHeight ?? rowHeight;
      const page = Math.max(1, Math.floor(viewport / rowHeight));
      const next = nextRowIndex(list, index, event.key as NavigationKey, page);
      if (next !== undefined) focusIndex(next);
      return true;
    },
    onFocusIn(event) {
      const index = rowIndexOf(event.target);
      const key = index === undefined ? undefined : keys[index];
      if (key !== undefined && index !== undefined && key !== focused?.key)
        setFocused({ key, index });
    },
    onFocusOut(event) {
      // The user took the focus elsewhere (Tab to the Undo notice, a click in the toolbar): a
      // focus lost after that is not a row that Preact moved, and must not be pulled back here.
      const to = event.relatedTarget;
      if (to instanceof Node && !scrollRef.current?.contains(to)) {
        movedAt.current = Number.NEGATIVE_INFINITY;
      }
    },
  };
}

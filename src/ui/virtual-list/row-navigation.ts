export type NavigationKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp';

export const navigationKeys: ReadonlySet<string> = new Set<NavigationKey>([
  'ArrowDown',
  'ArrowUp',
  'Home',
  'End',
  'PageDown',
  'PageUp',
]);

/** A list as the keyboard sees it: `count` items, of which those `isRow` take the focus. */
export interface RowList {
  count: number;
  /** False for items the focus skips, such as a site's header in the manager. */
  isRow(index: number): boolean;
}

function nearestRow(list: RowList, from: number, step: 1 | -1): number | undefined {
  for (let i = from; i >= 0 && i < list.count; i += step) if (list.isRow(i)) return i;
  return undefined;
}

/**
 * The row a key moves the focus to: items that are not rows are skipped, the ends stop (no
 * wrap, like a native list box). `current` -1 means no row has the focus yet. Undefined: no move.
 */
export function nextRowIndex(
  list: RowList,
  current: number,
  key: NavigationKey,
  pageSize: number,
): number | undefined {
  const target = (() => {
    switch (key) {
      case 'ArrowDown':
        return nearestRow(list, current + 1, 1);
      case 'ArrowUp':
        return current < 0 ? nearestRow(list, 0, 1) : nearestRow(list, current - 1, -1);
      case 'Home':
        return nearestRow(list, 0, 1);
      case 'End':
        return nearestRow(list, list.count - 1, -1);
      case 'PageDown': {
        const to = Math.min(list.count - 1, Math.max(current, 0) + pageSize);
        return nearestRow(list, to, -1);
      }
      case 'PageUp': {
        const to = Math.max(0, current - pageSize);
        return nearestRow(list, to, 1);
      }
    }
  })();
  return target === undefined || target === current ? undefined : target;
}

import type { ManagerItem } from './visible-rows';

export type NavigationKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp';

export const navigationKeys: ReadonlySet<string> = new Set<NavigationKey>([
  'ArrowDown',
  'ArrowUp',
  'Home',
  'End',
  'PageDown',
  'PageUp',
]);

const isCookie = (item: ManagerItem | undefined) => item?.kind === 'cookie';

function nearestCookie(
  items: readonly ManagerItem[],
  from: number,
  step: 1 | -1,
): number | undefined {
  for (let i = from; i >= 0 && i < items.length; i += step) if (isCookie(items[i])) return i;
  return undefined;
}

/**
 * The cookie row a key moves the focus to: site headers are skipped, the ends stop (no wrap,
 * like a native list box). `current` -1 means no row has the focus yet. Undefined: no move.
 */
export function nextRowIndex(
  items: readonly ManagerItem[],
  current: number,
  key: NavigationKey,
  pageSize: number,
): number | undefined {
  const target = (() => {
    switch (key) {
      case 'ArrowDown':
        return nearestCookie(items, current + 1, 1);
      case 'ArrowUp':
        return current < 0 ? nearestCookie(items, 0, 1) : nearestCookie(items, current - 1, -1);
      case 'Home':
        return nearestCookie(items, 0, 1);
      case 'End':
        return nearestCookie(items, items.length - 1, -1);
      case 'PageDown': {
        const to = Math.min(items.length - 1, Math.max(current, 0) + pageSize);
        return nearestCookie(items, to, -1);
      }
      case 'PageUp': {
        const to = Math.max(0, current - pageSize);
        return nearestCookie(items, to, 1);
      }
    }
  })();
  return target === undefined || target === current ? undefined : target;
}

import {
  type CookieSort,
  columnLabels,
  nextSort,
  type SortColumn,
  sortColumns,
} from './cookie-sort';
import type { TableSettings } from './table-settings';

export interface CookieTableHeadProps {
  settings: TableSettings;
  onSettings: (next: TableSettings) => void;
  /** Rows have a "sent to this page" column. */
  withPage: boolean;
}

/**
 * The table's header: a button per column sorts by it (again: the other way), announced with
 * aria-sort; the edge of each header is dragged to resize it.
 */
export function CookieTableHead({ settings, onSettings, withPage }: CookieTableHeadProps) {
  const { sort } = settings;
  const setWidth = (column: SortColumn, width: number) =>
    onSettings({
      ...settings,
      widths: { ...settings.widths, [column]: Math.max(24, Math.min(2000, Math.round(width))) },
    });
  const startDrag = (column: SortColumn, event: PointerEvent) => {
    const handle = event.currentTarget as HTMLElement;
    const cell = handle.parentElement;
    if (!cell) return;
    event.preventDefault();
    handle.setPointerCapture(event.pointerId);
    const startX = event.clientX;
    const startWidth = cell.getBoundingClientRect().width;
    const move = (e: PointerEvent) => setWidth(column, startWidth + e.clientX - startX);
    const end = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  };
  return (
    <table class="cookie-head-box" aria-label="Cookie columns">
      <thead>
        <tr class={`cookie-head${withPage ? ' with-page' : ''}`} data-testid="table-head">
          {sortColumns.map((column) => (
            <th key={column} scope="col" class={`c-${column}`} aria-sort={ariaSort(sort, column)}>
              <button
                type="button"
                class="sort"
                data-testid={`sort-${column}`}
                onClick={() => onSettings({ ...settings, sort: nextSort(sort, column) })}
              >
                {columnLabels[column]}
                {sort?.column === column && (
                  <span aria-hidden="true">{sort.descending ? ' ▼' : ' ▲'}</span>
                )}
              </button>
              <span
                class="col-resize"
                aria-hidden="true"
                title={`Drag to resize ${columnLabels[column]}`}
                onPointerDown={(e) => startDrag(column, e)}
              />
            </th>
          ))}
          {withPage && <th scope="col">Sent</th>}
        </tr>
      </thead>
    </table>
  );
}

function ariaSort(sort: CookieSort | undefined, column: SortColumn) {
  if (sort?.column !== column) return 'none';
  return sort.descending ? 'descending' : 'ascending';
}

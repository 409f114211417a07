import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n/t';
import { clampColumnWidth, keyedColumnWidth, maxColumnWidth, minColumnWidth } from './column-width';
import {
  type CookieSort,
  columnLabel,
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
 * aria-sort; the edge of each header is a separator that resizes it, dragged or with the arrow
 * keys (Shift: bigger steps).
 */
export function CookieTableHead({ settings, onSettings, withPage }: CookieTableHeadProps) {
  const { sort } = settings;
  const row = useRef<HTMLTableRowElement>(null);
  // aria-valuenow is each column's width as laid out (a stored width, an em default or the
  // value column's share of the rest), written to the DOM rather than kept in state: a state
  // update after each layout re-rendered the page and delayed the editor's first focus. The
  // widths come from the observer, which reports each cell once observed and whenever it
  // changes, after the browser's own layout and before the frame is painted: reading them in
  // the commit forced a layout of the whole list (profiled: the largest part of the popup's
  // first render). The cells are the same on every render: observed once.
  useLayoutEffect(() => {
    const cells = row.current?.querySelectorAll<HTMLElement>('th[data-column]') ?? [];
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const box = entry.borderBoxSize?.[0];
        const width = Math.round(box ? box.inlineSize : entry.contentRect.width);
        // Hidden (the narrow layouts show no header): the last width stays.
        if (width > 0)
          entry.target
            .querySelector('[role="separator"]')
            ?.setAttribute('aria-valuenow', String(width));
      }
    });
    for (const cell of cells) observer.observe(cell);
    return () => observer.disconnect();
  }, []);
  const setWidth = (column: SortColumn, width: number) =>
    onSettings({ ...settings, widths: { ...settings.widths, [column]: clampColumnWidth(width) } });
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
  const onResizeKey = (column: SortColumn, event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const cell = (event.currentTarget as HTMLElement).parentElement;
    const now = settings.widths[column] ?? cell?.getBoundingClientRect().width;
    if (now === undefined) return;
    const next = keyedColumnWidth(now, event.key, event.shiftKey);
    if (next === undefined) return;
    event.preventDefault();
    setWidth(column, next);
  };
  return (
    <table class="cookie-head-box" aria-label={t('table_columnsLabel')}>
      <thead>
        <tr ref={row} class={`cookie-head${withPage ? ' with-page' : ''}`} data-testid="table-head">
          {sortColumns.map((column) => (
            <th
              key={column}
              scope="col"
              class={`c-${column}`}
              data-column={column}
              aria-sort={ariaSort(sort, column)}
            >
              <button
                type="button"
                class="sort"
                data-testid={`sort-${column}`}
                onClick={() => onSettings({ ...settings, sort: nextSort(sort, column) })}
              >
                {columnLabel(column)}
                {sort?.column === column && (
                  <span aria-hidden="true">{sort.descending ? ' ▼' : ' ▲'}</span>
                )}
              </button>
              {/* biome-ignore lint/a11y/useSemanticElements: an <hr> cannot be focused or hold the value; a focusable separator is the ARIA widget for a splitter. */}
              <span
                class="col-resize"
                role="separator"
                tabIndex={0}
                aria-orientation="vertical"
                aria-label={t('table_resizeLabel', columnLabel(column))}
                aria-valuemin={minColumnWidth}
                aria-valuemax={maxColumnWidth}
                // Replaced by the laid-out width before the first paint (the effect above).
                aria-valuenow={settings.widths[column] ?? minColumnWidth}
                data-testid={`resize-${column}`}
                title={t('table_resizeTitle', columnLabel(column))}
                onPointerDown={(e) => startDrag(column, e)}
                onKeyDown={(e) => onResizeKey(column, e)}
              />
            </th>
          ))}
          {withPage && <th scope="col">{t('table_sent')}</th>}
        </tr>
      </thead>
    </table>
  );
}

function ariaSort(sort: CookieSort | undefined, column: SortColumn) {
  if (sort?.column !== column) return 'none';
  return sort.descending ? 'descending' : 'ascending';
}

import { useEffect, useState } from 'preact/hooks';
import { maxColumnWidth, minColumnWidth } from './column-width';
import { type CookieSort, type SortColumn, sortColumns } from './cookie-sort';

export interface TableSettings {
  sort?: CookieSort;
  /** Column widths in px, set by dragging a header's edge or arrow keys on it. */
  widths: Partial<Record<SortColumn, number>>;
}

// The extension page's own localStorage: it holds only a column name, a direction and widths,
// never a cookie (no name, value or site), so nothing sensitive outlives the page.
const storageKey = 'cookie-table';

function read(): TableSettings {
  try {
    const data: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '{}');
    if (typeof data !== 'object' || data === null) return { widths: {} };
    const { sort, widths } = data as Partial<TableSettings>;
    const settings: TableSettings = { widths: {} };
    if (sort && sortColumns.includes(sort.column))
      settings.sort = { column: sort.column, descending: sort.descending === true };
    for (const column of sortColumns) {
      const width = widths?.[column];
      if (typeof width === 'number' && width >= minColumnWidth && width <= maxColumnWidth)
        settings.widths[column] = width;
    }
    return settings;
  } catch {
    return { widths: {} };
  }
}

/** The table's sort and column widths, remembered across pages of the extension. */
export function useTableSettings(): [TableSettings, (next: TableSettings) => void] {
  const [settings, setSettings] = useState(read);
  useEffect(() => {
    try {
      localStorage.setItem(storageKey, JSON.stringify(settings));
    } catch {
      // Storage full or denied: the choice lasts as long as the page.
    }
  }, [settings]);
  return [settings, setSettings];
}

/** The widths as the CSS variables the rows' grid reads. */
export function widthStyle(widths: TableSettings['widths']): Record<string, string> {
  const style: Record<string, string> = {};
  for (const [column, width] of Object.entries(widths)) style[`--w-${column}`] = `${width}px`;
  return style;
}

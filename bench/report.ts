import type { PageSize } from './page-sizes';
import type { FigureRow } from './stats';

function formatNumber(value: number, unit: FigureRow['unit']): string {
  switch (unit) {
    case 'ms':
      return value >= 100 ? value.toFixed(0) : value.toFixed(1);
    case 'renders':
    case 'count':
      return Number.isInteger(value) ? String(value) : value.toFixed(1);
    case 'ratio':
      return `${value.toFixed(2)}×`;
    case 'MB':
    case 'KB':
      return value.toFixed(1);
    default:
      return String(Math.round(value));
  }
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

function table(header: string[], rows: string[][], rightAligned: Set<number>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0, rightAligned.has(i)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function figureTable(rows: FigureRow[]): string {
  const body = rows
    .filter((row) => !row.detail)
    .map((row) => {
      const unit = row.unit === 'ratio' ? '' : row.unit;
      if (row.na !== undefined) return [row.label, 'n/a', '', '', '', '', row.na];
      if (row.stats) {
        const { median, min, max, n } = row.stats;
        return [
          row.label,
          formatNumber(median, row.unit),
          formatNumber(min, row.unit),
          formatNumber(max, row.unit),
          unit,
          String(n),
          row.note ?? '',
        ];
      }
      return [
        row.label,
        formatNumber(row.value ?? Number.NaN, row.unit),
        '',
        '',
        unit,
        '',
        row.note ?? '',
      ];
    });
  return table(
    ['figure', 'median', 'min', 'max', 'unit', 'n', 'note'],
    body,
    new Set([1, 2, 3, 5]),
  );
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function sizeTable(sizes: PageSize[]): string {
  const body = sizes.map((s) =>
    s.na !== undefined
      ? [s.page, 'n/a', '', '', '', '', s.na]
      : [
          s.page,
          kb(s.js.raw),
          kb(s.js.gzip),
          kb(s.css.raw),
          kb(s.css.gzip),
          String(s.files.length),
          s.note ?? '',
        ],
  );
  return table(
    ['page', 'JS raw', 'JS gzip', 'CSS raw', 'CSS gzip', 'files', 'note'],
    body,
    new Set([1, 2, 3, 4, 5]),
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import type { PreviewRow } from '../../formats/import-preview';
import { t } from '../../i18n/t';

const pageSize = 100;
const rowHeight = 22;
const maxHeight = 240;
const overscan = 5;

export interface ImportPreviewListProps {
  count: number;
  /** Rows `from` to `to` (exclusive), from wherever the entries are kept. */
  loadRows: (from: number, to: number) => Promise<PreviewRow[]>;
}

/**
 * Every cookie of an import, one line each (the whole text on hover), only the lines near the
 * viewport in the DOM: a file of 200,000 cookies made 200,000 list items and froze the page.
 * Rows arrive from the worker in pages of 100.
 */
export function ImportPreviewList({ count, loadRows }: ImportPreviewListProps) {
  const [scrollTop, setScrollTop] = useState(0);
  const [pages, setPages] = useState(() => new Map<number, PreviewRow[]>());
  const requested = useRef(new Set<number>());
  // Fixed row heights, so the window is arithmetic: a virtualiser that keeps a measurement per
  // row (virtual-core) builds 271,000 of them on the page's thread, a long task in itself.
  const height = Math.min(maxHeight, count * rowHeight + 2);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count - 1, Math.ceil((scrollTop + height) / rowHeight) + overscan);

  useEffect(() => {
    for (let page = Math.floor(first / pageSize); page <= Math.floor(last / pageSize); page++) {
      if (requested.current.has(page)) continue;
      requested.current.add(page);
      loadRows(page * pageSize, Math.min(count, (page + 1) * pageSize)).then(
        (rows) => setPages((old) => new Map(old).set(page, rows)),
        () => requested.current.delete(page),
      );
    }
  }, [first, last, count, loadRows]);

  const shown: number[] = [];
  for (let index = first; index <= last; index++) shown.push(index);
  return (
    // A scroller: Chromium makes it keyboard-focusable itself (focusable scrollers).
    <section
      class="import-preview"
      data-testid="import-entries"
      aria-label={t('import_entriesLabel')}
      style={{ height: `${height}px` }}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLElement).scrollTop)}
    >
      <div class="import-preview-sizer" style={{ height: `${count * rowHeight}px` }}>
        {shown.map((index) => {
          const row = pages.get(Math.floor(index / pageSize))?.[index % pageSize];
          return (
            <div
              key={index}
              class="import-preview-row"
              data-index={index}
              style={{ top: `${index * rowHeight}px`, height: `${rowHeight}px` }}
            >
              {row ? <PreviewLine row={row} /> : <span class="hint">…</span>}
            </div>
          );
        })}
      </div>
    </section>
  );
}

function PreviewLine({ row }: { row: PreviewRow }) {
  if (row.kind === 'rejected') {
    return (
      <div
        data-testid="import-entry"
        data-ok="false"
        class="issue error"
        title={`${row.source}: ${row.reason}`}
      >
        <bdi>{row.source}</bdi>: {row.reason}
      </div>
    );
  }
  return (
    <div
      data-testid="import-entry"
      data-ok={row.importable ? 'true' : 'false'}
      title={row.issues.map((issue) => issue.message).join(' ')}
    >
      {/* Isolated: a right-to-left override in a hostile name must not reverse what follows. */}
      <strong>
        <bdi>{row.name}</bdi>
      </strong>{' '}
      <bdi>
        {row.domain}
        {row.path}
      </bdi>{' '}
      {row.session ? t('import_session') : t('import_persistent')}
      {row.exists && <em> {t('import_exists')}</em>}
      {row.issues.map((issue, i) => (
        <span key={i} class={`issue ${issue.severity}`}>
          {' '}
          {issue.message}
        </span>
      ))}
    </div>
  );
}

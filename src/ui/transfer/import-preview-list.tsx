import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PreviewRow } from '../../formats/import-preview';
import { measureWithoutLayout, useVirtualizer } from '../virtual-list/use-virtualizer';

const pageSize = 100;
const rowHeight = 22;
const maxHeight = 240;

export interface ImportPreviewListProps {
  count: number;
  /** Rows `from` to `to` (exclusive), from wherever the entries are kept. */
  loadRows: (from: number, to: number) => Promise<PreviewRow[]>;
}

/**
 * Every cookie of an import, one row each, only the rows near the viewport in the DOM: a file of
 * 200,000 cookies made 200,000 list items and froze the page. Rows arrive in pages of 100.
 */
export function ImportPreviewList({ count, loadRows }: ImportPreviewListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState(() => new Map<number, PreviewRow[]>());
  const requested = useRef(new Set<number>());
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: useCallback(() => rowHeight, []),
    measureElement: measureWithoutLayout,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;

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

  return (
    <div
      class="import-preview"
      ref={scrollRef}
      data-testid="import-entries"
      style={{ height: `${Math.min(maxHeight, virtualizer.getTotalSize() + 2)}px` }}
    >
      <div class="import-preview-sizer" style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {items.map((virtual) => {
          const row = pages.get(Math.floor(virtual.index / pageSize))?.[virtual.index % pageSize];
          return (
            <div
              key={virtual.index}
              class="import-preview-row"
              data-index={virtual.index}
              ref={virtualizer.measureElement}
              style={{ transform: `translateY(${virtual.start}px)` }}
            >
              {row ? <PreviewLine row={row} /> : <span class="hint">…</span>}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function PreviewLine({ row }: { row: PreviewRow }) {
  if (row.kind === 'rejected') {
    return (
      <div data-testid="import-entry" data-ok="false" class="issue error">
        {row.source}: {row.reason}
      </div>
    );
  }
  return (
    <div data-testid="import-entry" data-ok={row.importable ? 'true' : 'false'}>
      <strong>{row.name}</strong> {row.domain}
      {row.path} {row.session ? 'session' : 'persistent'}
      {row.exists && <em> (exists)</em>}
      {row.issues.map((issue, i) => (
        <span key={i} class={`issue ${issue.severity}`}>
          {' '}
          {issue.message}
        </span>
      ))}
    </div>
  );
}

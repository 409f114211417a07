import type { BenchContext } from './bench-context';
import { buildFiles, sizeOfFiles } from './page-sizes';
import type { LoggedRequest } from './request-log';
import { type FigureRow, statsRow } from './stats';

/** What one popup open noted beside its times (bench/popup-open.ts, with a watching probe). */
export interface WatchedOpen {
  requestsBeforeRows?: LoggedRequest[];
  loadedAtRows?: string[];
  loadedLater?: string[];
}

const kb = (bytes: number) => bytes / 1024;

/**
 * The popup's JS up to its first render (the files it had loaded when its rows showed, taken
 * by the probe at that moment in every trial), the chunks it loaded after, and the requests it
 * sent the background before its rows showed. Rows for the targets (bench/targets.ts).
 */
export function firstRenderRows(bench: BenchContext, n: number, opens: WatchedOpen[]): FigureRow[] {
  const { distDir } = bench;
  const watched = opens.filter((o) => o.loadedAtRows !== undefined);
  if (watched.length === 0) {
    const na = 'no trial was watched';
    return [
      {
        id: `popup.${n}.js.first`,
        label: `popup, ${n} cookies: JS until rows, gzip`,
        unit: 'KB',
        na,
      },
      {
        id: `popup.${n}.requests`,
        label: `popup, ${n} cookies: requests before rows`,
        unit: 'count',
        na,
      },
    ];
  }
  const sizes = watched.map((o) =>
    sizeOfFiles('popup', distDir, buildFiles(bench.browser.url(''), o.loadedAtRows ?? [])),
  );
  const gzips = sizes.map((s) => s.js.gzip);
  const largest = sizes[gzips.indexOf(Math.max(...gzips))] ?? sizes[0];
  const sets = new Set(sizes.map((s) => s.files.join(' ')));
  const jsFiles = (largest?.files ?? []).filter((f) => f.endsWith('.js'));
  const firstNote =
    sets.size === 1
      ? `${jsFiles.length} JS files, the same in all ${watched.length} trials`
      : `${sets.size} different sets over ${watched.length} trials (${(Math.min(...gzips) / 1024) | 0}–${(Math.max(...gzips) / 1024) | 0} KB): the largest`;
  const firstSet = new Set(largest?.files ?? []);
  const later = [
    ...new Set(
      watched
        .flatMap((o) => buildFiles(bench.browser.url(''), o.loadedLater ?? []))
        .filter((f) => !firstSet.has(f)),
    ),
  ];
  const after = sizeOfFiles('popup after rows', distDir, later);
  const afterJs = after.files.filter((f) => f.endsWith('.js'));
  const counts = watched.map(
    (o) => (o.requestsBeforeRows ?? []).filter((r) => r.kind === 'message').length,
  );
  const described = (o: WatchedOpen) =>
    (o.requestsBeforeRows ?? [])
      .map((r) => (r.kind === 'message' ? r.what : `${r.kind} ${r.what}`))
      .join(', ') || 'none';
  const variants = [...new Set(watched.map(described))];
  return [
    {
      id: `popup.${n}.js.first`,
      label: `popup, ${n} cookies: JS until rows, gzip`,
      unit: 'KB',
      value: kb(largest?.js.gzip ?? 0),
      note: firstNote,
      files: jsFiles,
    },
    {
      id: `popup.${n}.js.after`,
      label: `popup, ${n} cookies: JS loaded after rows, gzip`,
      unit: 'KB',
      value: kb(after.js.gzip),
      note: afterJs.length === 0 ? 'none within 1.5 s' : `${afterJs.length} JS files within 1.5 s`,
      files: afterJs,
    },
    statsRow(
      `popup.${n}.requests`,
      `popup, ${n} cookies: requests to the background before rows`,
      'count',
      counts,
      `messages the service worker received before the rows showed: ${variants.join(' | ')}`,
    ),
  ];
}

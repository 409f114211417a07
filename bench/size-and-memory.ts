import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { BenchContext } from './bench-context';
import { runIn } from './in-page';
import {
  followImports,
  loadedPageSize,
  type PageSize,
  serviceWorkerSize,
  sizeOfFiles,
} from './page-sizes';
import type { FigureRow } from './stats';

function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(path.join(dir, entry.name), base)
      : [path.relative(base, path.join(dir, entry.name))],
  );
}

/**
 * Figure 5 (size): the JS and CSS each page loads, raw and gzipped. Pages that need a tab
 * (popup, panel) get the profile's first tab with ?tabId=. The manager's heap is measured with
 * its render (manager-render.ts).
 */
export async function measureSizes(
  bench: BenchContext,
): Promise<{ sizes: PageSize[]; rows: FigureRow[] }> {
  const { browser, distDir } = bench;
  const worker = await browser.worker();
  const tabId = await runIn(
    worker,
    async () => (await chrome.tabs.query({})).find((t) => t.url?.startsWith('http'))?.id ?? 1,
    undefined,
  );
  const sizes: PageSize[] = [
    await loadedPageSize(browser, distDir, 'popup', `extension/popup/popup.html?tabId=${tabId}`),
    await loadedPageSize(
      browser,
      distDir,
      'devtools panel',
      `extension/devtools/panel.html?tabId=${tabId}`,
    ),
    await loadedPageSize(browser, distDir, 'manager', 'extension/manager/manager.html'),
    await loadedPageSize(browser, distDir, 'devtools page', 'extension/devtools/devtools.html'),
    serviceWorkerSize(distDir),
    await loadedPageSize(
      browser,
      distDir,
      'floor (bench only)',
      'extension/bench/floor.html?site=pop20.test',
    ),
  ];
  // The popup fetches the virtualised list's code only for a site with a long list: counted apart.
  const popupFiles = sizes[0]?.na === undefined ? (sizes[0]?.files ?? []) : [];
  if (popupFiles.length > 0) {
    const js = popupFiles.filter((f) => f.endsWith('.js'));
    sizes.splice(
      1,
      0,
      sizeOfFiles(
        'popup, long list (> 40 rows)',
        distDir,
        [...popupFiles, ...followImports(distDir, js)],
        'loaded resources + what they import on demand',
      ),
    );
  }
  const all = filesUnder(distDir).filter((f) => /\.(js|css)$/.test(f) && !f.includes('floor'));
  sizes.push(sizeOfFiles('whole build (without floor)', distDir, all, 'every .js and .css'));
  const popup = sizes[0];
  const rows: FigureRow[] = popup?.na
    ? [{ id: 'size.popup.js.gzip', label: 'popup JS, gzip', unit: 'KB', na: popup.na }]
    : [
        {
          id: 'size.popup.js.gzip',
          label: 'popup JS, gzip',
          unit: 'KB',
          value: (popup?.js.gzip ?? 0) / 1024,
          note: 'all loaded 0.5 s after load, as a tab; target 3 counts JS until rows, per open',
        },
        {
          id: 'size.popup-long.js.gzip',
          label: 'popup JS with a long list (> 40 rows), gzip',
          unit: 'KB',
          value: (sizes[1]?.js.gzip ?? 0) / 1024,
          note: 'every chunk the build could import on demand: an upper bound',
        },
      ];
  return { sizes, rows };
}

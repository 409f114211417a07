import type { Page } from '@playwright/test';
import { type BenchContext, errorLine, sleep } from './bench-context';
import { clearAllCookies } from './seed-cookies';
import { type FigureRow, naRows, statsRow } from './stats';

const managerPath = 'extension/manager/manager.html';
const ids: Array<[string, string]> = [
  ['import.preview', 'import preview'],
  ['import.longtask', 'import preview: longest main-thread task'],
];

/** Chrome's limit for a whole profile, the size issue 17 names: 100 sites × 33 cookies. */
const sites = 100;
const perSite = 33;

/** A Netscape cookies.txt of `sites × perSite` host-only cookies, as a user would paste it. */
function netscapeText(): string {
  const inAYear = Math.floor(Date.now() / 1000) + 365 * 86_400;
  const lines = ['# Netscape HTTP Cookie File'];
  for (let s = 0; s < sites; s++) {
    const domain = `imp${String(s).padStart(3, '0')}.test`;
    for (let c = 0; c < perSite; c++) {
      lines.push(
        [domain, 'FALSE', '/', 'FALSE', inAYear, `i${s}_c${c}`, `v${c}-abcdefghij`].join('\t'),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** In the page: the click on Preview, the moment the summary and first rows show, long tasks. */
function installImportWatch(page: Page): Promise<void> {
  return page.evaluate(() => {
    type Watch = {
      clickAt?: number;
      shownAt?: number;
      tasks: Array<{ start: number; duration: number }>;
    };
    const g = window as { __benchImport?: Watch };
    const watch: Watch = { tasks: [] };
    g.__benchImport = watch;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        watch.tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
    document.addEventListener(
      'click',
      (event) => {
        if ((event.target as Element | null)?.closest?.('[data-testid="import-preview"]')) {
          watch.clickAt = performance.now();
          watch.shownAt = undefined;
        }
      },
      true,
    );
    new MutationObserver(() => {
      if (watch.clickAt === undefined || watch.shownAt !== undefined) return;
      if (
        document.querySelector('[data-testid="import-format"]') &&
        document.querySelector('[data-testid="import-entry"]')
      )
        watch.shownAt = performance.now();
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/**
 * Figure (issue 17, target 8): the manager's import dialog, `sites × perSite` cookies pasted as
 * cookies.txt, Preview clicked → the summary and the first preview rows in the DOM; and the
 * longest main-thread task (Long Tasks API) from the click until 500 ms after that.
 */
export async function measureImportPreview(bench: BenchContext): Promise<FigureRow[]> {
  const { browser, options } = bench;
  if (options.small) return naRows(ids, 'small run');
  const worker = await browser.worker();
  await clearAllCookies(worker);
  const text = netscapeText();
  const total = sites * perSite;
  const page = await browser.context.newPage();
  const times: number[] = [];
  const longest: number[] = [];
  const failures: string[] = [];
  try {
    await page.goto(browser.url(managerPath));
    await page.getByTestId('import-button').waitFor({ timeout: 15_000 });
    await installImportWatch(page);
    for (let trial = 0; trial < options.trials; trial++) {
      try {
        await page.getByTestId('import-button').click();
        const dialog = page.getByTestId('import-dialog');
        // Pasted: the whole text arrives in one input event, as a paste does.
        // (Playwright's fill() types it in and took over 30 s.)
        await page.evaluate(
          `(() => { const el = document.querySelector('[data-testid="import-dialog"] [data-testid="import-text"]'); el.value = ${JSON.stringify(text)}; el.dispatchEvent(new Event('input', { bubbles: true })); })()`,
        );
        await dialog.getByTestId('import-preview').click();
        const deadline = Date.now() + 20_000;
        let watch: {
          clickAt?: number;
          shownAt?: number;
          tasks: Array<{ start: number; duration: number }>;
        };
        for (;;) {
          watch = await page.evaluate(
            () => (window as { __benchImport?: typeof watch }).__benchImport ?? { tasks: [] },
          );
          if (watch.shownAt !== undefined) break;
          if (Date.now() > deadline) throw new Error('no preview within 20 s');
          await sleep(25);
        }
        await sleep(500);
        watch = await page.evaluate(
          () => (window as { __benchImport?: typeof watch }).__benchImport ?? { tasks: [] },
        );
        const clickAt = watch.clickAt as number;
        const summary = await dialog.getByTestId('import-format').textContent();
        if (!summary?.includes(total.toLocaleString('en')))
          throw new Error(`the preview says "${summary}", not ${total} cookies`);
        times.push((watch.shownAt as number) - clickAt);
        longest.push(
          Math.max(
            0,
            ...watch.tasks.filter((t) => t.start + t.duration >= clickAt).map((t) => t.duration),
          ),
        );
        await dialog.getByTestId('import-close').click();
        await dialog.waitFor({ state: 'detached', timeout: 10_000 });
      } catch (error) {
        failures.push(errorLine(error));
        await page.keyboard.press('Escape').catch(() => {});
        if (times.length === 0 && failures.length >= 2) break;
      }
    }
  } catch (error) {
    return naRows(ids, errorLine(error));
  } finally {
    await page.close().catch(() => {});
  }
  const note = `${total} cookies pasted as cookies.txt, Preview → summary and rows${failures.length > 0 ? `; ${failures.length} failed: ${[...new Set(failures)].slice(0, 2).join(' / ')}` : ''}`;
  return [
    statsRow('import.preview', `import preview, ${total} cookies (pasted)`, 'ms', times, note),
    statsRow(
      'import.longtask',
      'import preview: longest main-thread task',
      'ms',
      longest,
      '0: none over 50 ms',
    ),
  ];
}

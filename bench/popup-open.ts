import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Worker } from '@playwright/test';
import { type BenchContext, doneAndPainted, errorLine, sleep, waitForProbe } from './bench-context';
import { traced } from './chrome-trace';
import type { ProbeConfig } from './dom-probe';
import { runIn } from './in-page';
import { resultsDir } from './paths';
import { PopupCatcher } from './popup-catcher';
import { firstRenderRows } from './popup-first-render';
import { type LoggedRequest, requestsBeforeRows, startRequestLog } from './request-log';
import { benchCookies, clearAllCookies, setCookies } from './seed-cookies';
import { type FigureRow, naRows, ratioRow, statsRow } from './stats';

// Each open waits this long after the last one closed. Opened sooner, a popup can land in the
// renderer process the previous one is still leaving, and starts ~230 ms earlier than in a
// process of its own (measured here): trials then fell into two groups at random, for the
// product and for the floor alike, and the ratio followed the draw. A user's click, seconds
// after the last popup, gets a new process every time; so does every trial now.
const openGapMs = 1000;

export const productPopupProbe: ProbeConfig = {
  list: '[data-testid="cookie-list"][data-loaded="true"]',
  row: '[data-testid="cookie-row"]',
};

/** The popup as measured for the figures: with its requests and loaded files noted. */
const watchedPopupProbe: ProbeConfig = { ...productPopupProbe, watchPage: true };

// After the rows, how long a popup is left open to see what it loads later (after-render chunks).
const afterRenderMs = 1500;

const floorProbe: ProbeConfig = {
  list: '[data-testid="floor-list"][data-loaded="true"]',
  row: 'li',
};

interface OpenTiming {
  /** openPopup() → the popup's navigation start (the browser's part). */
  navigation: number;
  /** openPopup() → every row in the DOM. */
  dom: number;
  /** openPopup() → the frame after that has been produced. */
  frame: number;
  mode: string;
  /** With a watching probe: what the page sent the background before its rows showed. */
  requestsBeforeRows?: LoggedRequest[];
  /** With a watching probe: the JS and CSS files loaded when the rows showed, and later. */
  loadedAtRows?: string[];
  loadedLater?: string[];
}

export async function openPopupOnce(
  catcher: PopupCatcher,
  popupPath: string,
  probe: ProbeConfig,
  rows: number,
  selfTimed = false,
  /** With a watching probe: the worker that logs requests, its URL prefix for the page. */
  watch?: { worker: Worker; prefix: string; afterRender: boolean },
): Promise<OpenTiming> {
  if (watch) await startRequestLog(watch.worker);
  const { openedAt, page } = await catcher.open(popupPath, {
    ...probe,
    expect: { kind: 'count', n: rows },
  });
  try {
    if (selfTimed) {
      // The floor notes its own times (extension/bench/floor.ts): no race with the probe.
      const deadline = Date.now() + 10_000;
      for (;;) {
        const t = await page.evaluate<{
          timeOrigin: number;
          at?: number;
          frameAt?: number;
          rows: number;
        }>(
          `({ timeOrigin: performance.timeOrigin, ...window.floorTiming, rows: document.querySelectorAll('#names li').length })`,
        );
        if (t.at !== undefined && t.frameAt !== undefined) {
          if (t.rows !== rows) throw new Error(`the floor shows ${t.rows} names, not ${rows}`);
          return {
            navigation: t.timeOrigin - openedAt,
            dom: t.timeOrigin + t.at - openedAt,
            frame: t.timeOrigin + t.frameAt - openedAt,
            mode: 'all rows',
          };
        }
        if (Date.now() > deadline) throw new Error(`${popupPath}: no names within 10 s`);
        await sleep(25);
      }
    }
    const s = await waitForProbe(page, doneAndPainted, `${popupPath} showing ${rows} rows`);
    if (s.lateBy) throw new Error(`probe too late: ${s.lateBy}`);
    const done = s.done as NonNullable<typeof s.done>;
    const timing: OpenTiming = {
      navigation: s.timeOrigin - openedAt,
      dom: s.timeOrigin + done.at - openedAt,
      frame: s.timeOrigin + (done.frameAt as number) - openedAt,
      mode: done.mode,
    };
    if (!watch) return timing;
    timing.requestsBeforeRows = await requestsBeforeRows(watch.worker, watch.prefix);
    // From the network log (a watched page's: popup-catcher.ts), dynamic imports included.
    timing.loadedAtRows = page.requestedBy(s.timeOrigin + done.at);
    if (watch.afterRender) {
      await sleep(afterRenderMs);
      const atRows = new Set(timing.loadedAtRows);
      timing.loadedLater = page.requestedBy(Number.POSITIVE_INFINITY).filter((f) => !atRows.has(f));
    }
    return timing;
  } finally {
    await page.close();
  }
}

/** The popup's default page, as the built manifest names it. */
export async function defaultPopup(bench: BenchContext): Promise<string> {
  const manifest = JSON.parse(
    await readFile(path.join(bench.distDir, 'manifest.json'), 'utf8'),
  ) as { action?: { default_popup?: string } };
  return manifest.action?.default_popup ?? 'extension/popup/popup.html';
}

/**
 * Figure 1: openPopup() over a site's tab until every row is rendered, for the product's popup
 * and for the floor page (set as the popup for the occasion), interleaved trial by trial.
 */
export async function measurePopupOpen(bench: BenchContext): Promise<FigureRow[]> {
  const { browser, server, options } = bench;
  const popup = await defaultPopup(bench);
  const worker = await browser.worker();
  await clearAllCookies(worker);
  const rows: FigureRow[] = [];
  const catcher = await PopupCatcher.start(browser);
  try {
    for (const n of options.sizes.popupCookies) {
      const site = `pop${n}.test`;
      const stored = await setCookies(worker, benchCookies([site], n));
      if (stored !== n) throw new Error(`only ${stored} of ${n} cookies could be set on ${site}`);
      await browser.firstPage.goto(server.url(site, '/'));
      await browser.firstPage.bringToFront();
      const variants = [
        { key: 'ours', path: popup, probe: watchedPopupProbe, selfTimed: false },
        {
          key: 'floor',
          // As issue 17 defines the floor: tabs.query, then cookies.getAll for the tab's host.
          path: 'extension/bench/floor.html?tab',
          probe: floorProbe,
          selfTimed: true,
        },
      ];
      const timings: Record<string, OpenTiming[]> = { ours: [], floor: [] };
      const failures: Record<string, string[]> = { ours: [], floor: [] };
      for (let trial = 0; trial < options.trials; trial++) {
        const order = trial % 2 === 0 ? variants : [...variants].reverse();
        for (const variant of order) {
          // A late probe or a slow open is retried, up to twice; the reasons are reported.
          for (let attempt = 0; attempt < 3; attempt++) {
            try {
              await sleep(openGapMs);
              const open = () =>
                openPopupOnce(
                  catcher,
                  variant.path,
                  variant.probe,
                  n,
                  variant.selfTimed,
                  variant.probe.watchPage
                    ? // The first trial also waits to see what loads after the rows.
                      { worker, prefix: browser.url(popup), afterRender: trial === 0 }
                    : undefined,
                );
              // --trace: the third trial of the largest list, once each (not the first, which
              // pays for compiling everything).
              const trace =
                options.trace &&
                trial === 2 &&
                attempt === 0 &&
                n === Math.max(...options.sizes.popupCookies);
              timings[variant.key]?.push(
                trace
                  ? await traced(
                      browser.cdp,
                      path.join(
                        resultsDir,
                        `trace-${variant.key === 'ours' ? 'popup' : 'floor'}.json`,
                      ),
                      open,
                    )
                  : await open(),
              );
              break;
            } catch (error) {
              failures[variant.key]?.push(errorLine(error));
              await browser.firstPage.bringToFront().catch(() => {});
            }
          }
        }
      }
      for (const { key } of variants) {
        const list = timings[key] ?? [];
        const failed = failures[key] ?? [];
        const modes = [...new Set(list.map((t) => t.mode))].join(', ');
        const name = key === 'ours' ? 'popup' : 'floor page';
        const note = [modes, failed.length > 0 ? `${failed.length} retried: ${failed[0]}` : '']
          .filter(Boolean)
          .join('; ');
        rows.push(
          statsRow(
            `popup.${n}.${key}.dom`,
            `${name}, ${n} cookies: all rows in DOM`,
            'ms',
            list.map((t) => t.dom),
            note || undefined,
          ),
          statsRow(
            `popup.${n}.${key}.frame`,
            `${name}, ${n} cookies: next frame`,
            'ms',
            list.map((t) => t.frame),
          ),
          statsRow(
            `popup.${n}.${key}.page`,
            `${name}, ${n} cookies: its own part (navigation start → rows)`,
            'ms',
            list.map((t) => t.dom - t.navigation),
          ),
          {
            ...statsRow(
              `popup.${n}.${key}.navigation`,
              `${name}, ${n} cookies: navigation start`,
              'ms',
              list.map((t) => t.navigation),
            ),
            detail: true,
          },
        );
      }
      rows.push(...firstRenderRows(bench, n, timings.ours ?? []));
      const find = (id: string) => rows.find((r) => r.id === id);
      rows.push(
        ratioRow(
          `popup.${n}.ratio.dom`,
          `popup / floor, ${n} cookies (DOM)`,
          find(`popup.${n}.ours.dom`),
          find(`popup.${n}.floor.dom`),
        ),
        ratioRow(
          `popup.${n}.ratio.frame`,
          `popup / floor, ${n} cookies (frame)`,
          find(`popup.${n}.ours.frame`),
          find(`popup.${n}.floor.frame`),
        ),
        ratioRow(
          `popup.${n}.ratio.page`,
          `popup / floor, ${n} cookies (the page's own part)`,
          find(`popup.${n}.ours.page`),
          find(`popup.${n}.floor.page`),
        ),
      );
    }
  } catch (error) {
    rows.push(...naRows([['popup', 'popup open']], errorLine(error)));
  } finally {
    await catcher.stop().catch(() => {});
    await runIn(worker, (p) => chrome.action.setPopup({ popup: p }), popup).catch(() => {});
  }
  return rows;
}

import type { Page } from '@playwright/test';
import {
  type BenchContext,
  doneAndPainted,
  errorLine,
  type Probed,
  probedPage,
  quietFor,
  waitForProbe,
} from './bench-context';
import { installDomProbe, type ProbeConfig } from './dom-probe';
import { runIn } from './in-page';
import { PopupCatcher } from './popup-catcher';
import { defaultPopup, productPopupProbe } from './popup-open';
import { clearAllCookies } from './seed-cookies';
import { type FigureRow, naRows, ratioRow, statsRow } from './stats';

const site = 'live.test';

const floorProbe: ProbeConfig = {
  list: '[data-testid="floor-list"][data-loaded="true"]',
  row: 'li',
};

const panelProbe: ProbeConfig = {
  list: `[data-testid="site-section"][data-site="${site}"] [data-testid="cookie-list"][data-loaded="true"]`,
  row: '[data-testid="cookie-row"]',
};

/** An extension page as a tab of its own window (a background tab would not produce frames). */
async function openPageWindow(
  bench: BenchContext,
  pagePath: string,
  probe: ProbeConfig,
): Promise<Page> {
  const { browser } = bench;
  const url = browser.url(pagePath);
  const opened = browser.context.waitForEvent('page', {
    predicate: (p) => p.url().startsWith(url),
    timeout: 10_000,
  });
  await browser.cdp.send('Target.createTarget', { url, newWindow: true });
  const page = await opened;
  await page.waitForLoadState('domcontentloaded');
  await runIn(page, installDomProbe, probe);
  return page;
}

async function settleOn(probed: Probed, rows: number, what: string): Promise<void> {
  await probed.expect({ kind: 'count', n: rows });
  await waitForProbe(probed, (s) => s.done !== undefined, what);
  await waitForProbe(probed, quietFor(300), `${what} (quiet)`);
}

/**
 * Figure 3: the site's page sets `liveBurst` cookies in one task (document.cookie in a loop)
 * while a viewer (the real popup, then the panel as a tab with ?tabId=) and the floor page are
 * open on it. Time from the burst to each showing all of them; renders = mutation batches that
 * touched the list. The popup and the panel are measured apart: extension pages share one main
 * thread, so with both open each would wait for the other's rendering.
 */
export async function measureLiveUpdates(bench: BenchContext): Promise<FigureRow[]> {
  const { browser, server, options } = bench;
  const n = options.sizes.liveBurst;
  const worker = await browser.worker();
  await clearAllCookies(worker);
  const sitePage = browser.firstPage;
  await sitePage.goto(server.url(site, '/'));
  const tab = await runIn(
    worker,
    async (host) => {
      const found = (await chrome.tabs.query({})).find((t) => t.url?.includes(`//${host}:`));
      return found && { id: found.id, windowId: found.windowId };
    },
    site,
  );
  const tabId = tab?.id;
  if (tabId === undefined) return naRows([['live', 'live updates']], `no tab shows ${site}`);

  let floorPage: Page | undefined;
  const catcher = await PopupCatcher.start(browser);
  const result = {
    events: [] as number[],
    floor: { popup: [] as number[], panel: [] as number[] },
    floorFrame: [] as number[],
    popup: [] as number[],
    popupFrame: [] as number[],
    panel: [] as number[],
    panelFrame: [] as number[],
  };
  const renders = {
    popup: [] as number[],
    panel: [] as number[],
    popupAll: [] as number[],
    panelAll: [] as number[],
  };
  const failures: string[] = [];
  try {
    floorPage = await openPageWindow(bench, `extension/bench/floor.html?live=${site}`, floorProbe);
    const floor = probedPage(floorPage);
    const clearSite = () =>
      runIn(
        worker,
        async (host) => {
          const all = await chrome.cookies.getAll({ domain: host });
          await Promise.all(
            all.map((c) => chrome.cookies.remove({ url: `http://${host}${c.path}`, name: c.name })),
          );
        },
        site,
      );

    // The floor: when the service worker's own cookies.onChanged has seen every new cookie.
    await runIn(
      worker,
      () => {
        const g = globalThis as { __benchLive?: { n: number; seen: number; doneAt?: number } };
        chrome.cookies.onChanged.addListener(({ removed, cookie }) => {
          const state = g.__benchLive;
          if (!state || removed || !cookie.name.startsWith('live_c')) return;
          state.seen++;
          if (state.seen === state.n) state.doneAt = performance.timeOrigin + performance.now();
        });
      },
      undefined,
    );

    const runTrials = async (key: 'popup' | 'panel', viewer: Probed) => {
      for (let trial = 0; trial < options.trials; trial++) {
        try {
          await clearSite();
          await Promise.all([
            settleOn(viewer, 0, `${key} emptied`),
            settleOn(floor, 0, 'floor page emptied'),
          ]);
          await Promise.all([
            viewer.expect({ kind: 'count', n }),
            floor.expect({ kind: 'count', n }),
            runIn(
              worker,
              (count) => {
                (globalThis as { __benchLive?: unknown }).__benchLive = { n: count, seen: 0 };
              },
              n,
            ),
          ]);
          const burstAt = await runIn(
            sitePage,
            (count) => {
              const at = performance.timeOrigin + performance.now();
              for (let i = 0; i < count; i++) {
                // biome-ignore lint/suspicious/noDocumentCookie: the bench plays a page that sets its own cookies.
                document.cookie = `live_c${String(i).padStart(3, '0')}=v${i}; path=/; max-age=3600`;
              }
              return at;
            },
            n,
          );
          const [v, f] = await Promise.all([
            waitForProbe(viewer, doneAndPainted, `${key} showing ${n} rows`, 30_000),
            waitForProbe(floor, doneAndPainted, `floor page showing ${n} names`, 30_000),
          ]);
          const vAfter = await waitForProbe(viewer, quietFor(500), `${key} quiet`);
          const eventsAt = await runIn(
            worker,
            () => (globalThis as { __benchLive?: { doneAt?: number } }).__benchLive?.doneAt,
            undefined,
          );
          if (eventsAt !== undefined) result.events.push(eventsAt - burstAt);
          const vd = v.done as NonNullable<typeof v.done>;
          const fd = f.done as NonNullable<typeof f.done>;
          result.floor[key].push(f.timeOrigin + fd.at - burstAt);
          result.floorFrame.push(f.timeOrigin + (fd.frameAt as number) - burstAt);
          result[key].push(v.timeOrigin + vd.at - burstAt);
          result[key === 'popup' ? 'popupFrame' : 'panelFrame'].push(
            v.timeOrigin + (vd.frameAt as number) - burstAt,
          );
          renders[key].push(vd.batches);
          renders[key === 'popup' ? 'popupAll' : 'panelAll'].push(vAfter.batches);
        } catch (error) {
          failures.push(`${key}: ${errorLine(error)}`);
        }
      }
    };

    await sitePage.bringToFront();
    const { page: popup } = await catcher.open(await defaultPopup(bench), productPopupProbe, {
      windowId: tab?.windowId,
    });
    try {
      await runTrials('popup', popup);
    } finally {
      await popup.close().catch(() => {});
    }
    const panelPage = await openPageWindow(
      bench,
      `extension/devtools/panel.html?tabId=${tabId}`,
      panelProbe,
    );
    try {
      await runTrials('panel', probedPage(panelPage));
    } finally {
      await panelPage.close().catch(() => {});
    }
  } catch (error) {
    return naRows([['live', 'live updates']], errorLine(error));
  } finally {
    await catcher.stop().catch(() => {});
    await floorPage?.close().catch(() => {});
  }
  const note = failures.length > 0 ? `${failures.length} failed: ${failures[0]}` : undefined;
  const what = 'list mutation batches until all shown';
  const rows: FigureRow[] = [
    statsRow(
      'live.events',
      `live: service worker has all ${n} change events`,
      'ms',
      result.events,
      'floor: cookies.onChanged, nothing else',
    ),
    statsRow(
      'live.floor.dom',
      `live: floor page shows ${n} new names (DOM)`,
      'ms',
      result.floor.popup,
      'beside the popup: cookies.onChanged in an extension page, one name written per event',
    ),
    statsRow(
      'live.floor.panel.dom',
      `live: floor page shows ${n} new names (DOM), beside the panel`,
      'ms',
      result.floor.panel,
    ),
    statsRow(
      'live.floor.frame',
      `live: floor page shows ${n} new names (frame)`,
      'ms',
      result.floorFrame,
    ),
    statsRow(
      'live.popup.dom',
      `live: popup shows ${n} new cookies (DOM)`,
      'ms',
      result.popup,
      note,
    ),
    statsRow(
      'live.popup.frame',
      `live: popup shows ${n} new cookies (frame)`,
      'ms',
      result.popupFrame,
    ),
    statsRow('live.popup.renders', 'live: popup renders', 'renders', renders.popup, what),
    {
      ...statsRow(
        'live.popup.rendersAll',
        'live: popup renders incl. after',
        'renders',
        renders.popupAll,
        'until 500 ms quiet',
      ),
      detail: true,
    },
    statsRow(
      'live.panel.dom',
      `live: panel shows ${n} new cookies (DOM)`,
      'ms',
      result.panel,
      note,
    ),
    statsRow(
      'live.panel.frame',
      `live: panel shows ${n} new cookies (frame)`,
      'ms',
      result.panelFrame,
    ),
    statsRow('live.panel.renders', 'live: panel renders', 'renders', renders.panel, what),
    {
      ...statsRow(
        'live.panel.rendersAll',
        'live: panel renders incl. after',
        'renders',
        renders.panelAll,
        'until 500 ms quiet',
      ),
      detail: true,
    },
  ];
  const find = (id: string) => rows.find((r) => r.id === id);
  rows.push(
    ratioRow(
      'live.popup.floor.ratio',
      'live: popup / floor page (DOM)',
      find('live.popup.dom'),
      find('live.floor.dom'),
    ),
    ratioRow(
      'live.panel.floor.ratio',
      'live: panel / floor page (DOM)',
      find('live.panel.dom'),
      find('live.floor.panel.dom'),
    ),
    ratioRow(
      'live.popup.ratio',
      'live: popup / change events',
      find('live.popup.dom'),
      find('live.events'),
    ),
    ratioRow(
      'live.panel.ratio',
      'live: panel / change events',
      find('live.panel.dom'),
      find('live.events'),
    ),
  );
  return rows;
}

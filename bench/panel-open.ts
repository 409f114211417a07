import { chromium, type Frame, type Page, type Request } from '@playwright/test';
import { selectExtensionPanel } from '../e2e/support/devtools-context';
import { type BenchContext, errorLine, sleep } from './bench-context';
import { installDomProbe, type ProbeConfig, type ProbeSnapshot } from './dom-probe';
import { scriptFor } from './in-page';
import { firstRenderRows, type WatchedOpen } from './popup-first-render';
import { requestsBeforeRows, startRequestLog } from './request-log';
import { benchCookies, clearAllCookies, setCookies } from './seed-cookies';
import { type FigureRow, naRows, statsRow } from './stats';

const panelPath = 'extension/devtools/panel.html';
const floorPanelPath = 'extension/bench/floor.html';
// The real DevTools window takes 5–7 s to open on an idle 2-core machine: fewer trials.
const maxTrials = 7;

const ids: Array<[string, string]> = [
  ['panel.page', 'DevTools panel: navigation start → rows'],
  ['panel.floor.page', 'floor panel: navigation start → names'],
  ['panel.total', 'DevTools panel: selected → rows'],
];

/**
 * The DevTools window of `sitePage`'s tab as a Page, as e2e/support/devtools-context.ts's
 * openDevToolsWindow does it (which only knows contexts launched by the e2e fixtures): open it
 * with Target.openDevTools, let it run (Playwright's auto-attach holds it), wait until it is a
 * "page" target, and reach it through a second Playwright connection.
 */
async function openDevTools(
  bench: BenchContext,
  sitePage: Page,
): Promise<{ page: Page; close(): Promise<void> }> {
  const { cdp, wsEndpoint } = bench.browser;
  const session = await bench.browser.context.newCDPSession(sitePage);
  const { targetInfo } = await session.send('Target.getTargetInfo');
  await session.detach().catch(() => {});
  const { targetId } = await cdp.send<{ targetId: string }>('Target.openDevTools', {
    targetId: targetInfo.targetId,
  });
  const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
    targetId,
    flatten: true,
  });
  await cdp.send('Runtime.runIfWaitingForDebugger', {}, sessionId).catch(() => {});
  await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { targetInfos } = await cdp.send<{
      targetInfos: Array<{ targetId: string; type: string }>;
    }>('Target.getTargets');
    if (targetInfos.find((t) => t.targetId === targetId)?.type === 'page') break;
    if (Date.now() > deadline) throw new Error('the DevTools window never finished loading');
    await sleep(100);
  }
  const second = await chromium.connectOverCDP(wsEndpoint);
  const disconnect = () => second.close().catch(() => {});
  for (const page of second.contexts().flatMap((c) => c.pages())) {
    if (!page.url().startsWith('devtools://')) continue;
    const s = await page.context().newCDPSession(page);
    const info = (await s.send('Target.getTargetInfo')).targetInfo;
    await s.detach().catch(() => {});
    if (info.targetId === targetId) {
      return {
        page,
        async close() {
          await page.close().catch(() => {});
          await disconnect();
        },
      };
    }
  }
  await disconnect();
  await cdp.send('Target.closeTarget', { targetId }).catch(() => {});
  throw new Error('the second connection has no Page for the DevTools window');
}

/** The floor panel's own part: it notes when its names were in the DOM (extension/bench/floor.ts). */
async function floorPanelOwnPart(frame: Frame, rows: number): Promise<number> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const t = (await frame
      .evaluate(
        "({ at: window.floorTiming && window.floorTiming.at, rows: document.querySelectorAll('#names li').length })",
      )
      .catch(() => undefined)) as { at?: number; rows: number } | undefined;
    if (t?.at !== undefined) {
      if (t.rows !== rows) throw new Error(`the floor panel shows ${t.rows} names, not ${rows}`);
      return t.at;
    }
    if (Date.now() > deadline) throw new Error('the floor panel showed no names within 20 s');
    await sleep(25);
  }
}

async function findFrame(page: Page, url: string): Promise<Frame> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const frame = page.frames().find((f) => f.url().startsWith(url));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error(`no ${url} frame in the DevTools window`);
    await sleep(20);
  }
}

async function waitForRows(frame: Frame, rows: number): Promise<ProbeSnapshot> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const s = await frame
      .evaluate('window.__benchProbe && window.__benchProbe.snapshot()')
      .catch(() => undefined);
    const snap = s as ProbeSnapshot | undefined;
    if (snap?.done?.frameAt !== undefined) return snap;
    if (Date.now() > deadline)
      throw new Error(
        snap
          ? `the panel shows ${snap.rows} rows, not ${rows}, after 20 s`
          : 'no probe in the panel (too late?)',
      );
    await sleep(25);
  }
}

/**
 * Issue 17, target 10: the REAL DevTools panel (e2e/support/devtools-context.ts opens the
 * DevTools window of a site's tab and selects the panel) over a site with the popup's largest
 * list. The probe goes in as an init script of the DevTools window, so it is in the panel's
 * document before its scripts run. Measured: the panel's own part (its navigation start →
 * rows of the top frame, compared with the floor page's own part), and selection → rows.
 */
export async function measurePanelOpen(bench: BenchContext): Promise<FigureRow[]> {
  const { browser, server, options } = bench;
  if (options.small) return naRows(ids, 'small run');
  const n = Math.max(...options.sizes.popupCookies);
  const site = `panel${n}.test`;
  const worker = await browser.worker();
  await clearAllCookies(worker);
  const stored = await setCookies(worker, benchCookies([site], n));
  if (stored !== n) return naRows(ids, `only ${stored} of ${n} cookies could be set`);
  const sitePage = browser.firstPage;
  await sitePage.goto(server.url(site, '/'));
  const url = browser.url(panelPath);
  const probe: ProbeConfig = {
    list: `[data-testid="site-section"][data-site="${site}"] [data-testid="cookie-list"][data-loaded="true"]`,
    row: '[data-testid="cookie-row"]',
    expect: { kind: 'count', n },
    watchPage: true,
  };
  const initScript = `if (location.href.startsWith(${JSON.stringify(url)})) ${scriptFor(installDomProbe, probe)}`;
  const own: number[] = [];
  const floor: number[] = [];
  const floorUrl = `${browser.url(floorPanelPath)}?panel`;
  const total: number[] = [];
  const watched: WatchedOpen[] = [];
  const failures: string[] = [];
  const trials = Math.min(options.trials, maxTrials);
  for (let trial = 0; trial < trials; trial++) {
    let close: (() => Promise<void>) | undefined;
    try {
      const devtools = await openDevTools(bench, sitePage);
      close = devtools.close;
      await devtools.page.addInitScript(initScript);
      // tsx compiles the bench with keepNames: functions sent to a page call __name.
      await devtools.page.evaluate('globalThis.__name = (f) => f');
      await startRequestLog(worker);
      // Every file the DevTools window asks for (see ProbeConfig.watchPage for why not the
      // probe); buildFiles keeps the extension's.
      const requested: Array<{ request: Request; seenAt: number }> = [];
      devtools.page.on('request', (request) => requested.push({ request, seenAt: Date.now() }));
      // The request's own start time once its response is in (-1 before), else when the event
      // reached us (a little later than the request).
      const startOf = ({ request, seenAt }: (typeof requested)[number]) =>
        request.timing().startTime > 0 ? request.timing().startTime : seenAt;
      const requestedBy = (until: number) =>
        requested.filter((r) => startOf(r) <= until).map((r) => r.request.url());
      // The floor panel (bench/vite.bench.config.ts) in the same window, before or after the
      // product's panel in turn (ABBA), as the popup and its floor are.
      const openFloor = async () => {
        await selectExtensionPanel(devtools.page, browser.extensionId, 'Floor', {
          timeout: 30_000,
        });
        floor.push(await floorPanelOwnPart(await findFrame(devtools.page, floorUrl), n));
      };
      if (trial % 2 === 1) await openFloor();
      const selectedAt = Date.now();
      await selectExtensionPanel(devtools.page, browser.extensionId, 'Cookies', {
        timeout: 30_000,
      });
      const frame = await findFrame(devtools.page, url);
      const s = await waitForRows(frame, n);
      if (trial % 2 === 0) await openFloor();
      if (s.lateBy) throw new Error(`probe too late: ${s.lateBy}`);
      const done = s.done as NonNullable<typeof s.done>;
      own.push(done.at);
      total.push(s.timeOrigin + done.at - selectedAt);
      const open: WatchedOpen = {
        requestsBeforeRows: await requestsBeforeRows(worker, url),
        loadedAtRows: requestedBy(s.timeOrigin + done.at),
      };
      if (trial === 0) {
        await sleep(1500);
        const atRows = new Set(open.loadedAtRows);
        open.loadedLater = requestedBy(Number.POSITIVE_INFINITY).filter((f) => !atRows.has(f));
      }
      watched.push(open);
    } catch (error) {
      failures.push(errorLine(error));
      if (own.length === 0 && failures.length >= 2) break;
    } finally {
      await close?.().catch(() => {});
    }
  }
  await clearAllCookies(worker).catch(() => {});
  const note = `real DevTools window, ${n} cookies${failures.length > 0 ? `; ${failures.length} failed: ${failures[0]}` : ''}`;
  const sizeRows = firstRenderRows(bench, n, watched).map((row) => ({
    ...row,
    id: row.id.replace(`popup.${n}.`, 'panel.'),
    label: row.label.replace(/^popup/, 'DevTools panel'),
  }));
  return [
    statsRow(
      'panel.page',
      `DevTools panel, ${n} cookies: its own part (navigation start → rows)`,
      'ms',
      own,
      note,
    ),
    statsRow(
      'panel.floor.page',
      `floor panel, ${n} cookies: its own part (navigation start → names)`,
      'ms',
      floor,
      'a bare page as a DevTools panel: tabs.get + cookies.getAll, names written',
    ),
    statsRow('panel.total', `DevTools panel, ${n} cookies: panel selected → rows`, 'ms', total),
    ...sizeRows,
  ];
}

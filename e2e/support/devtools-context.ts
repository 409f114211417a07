import {
  type Browser,
  type BrowserContext,
  type CDPSession,
  chromium,
  type Frame,
  type Page,
} from '@playwright/test';
import { devToolsEndpoint } from './extension-context';

/**
 * Opening the REAL DevTools window for a tab and selecting an extension's panel in it, for
 * DevToolsPanel.open (e2e/pages/devtools-panel.ts). Chromium 156, headless. Three steps:
 *
 * 1. `Target.openDevTools` (Chrome DevTools Protocol, experimental but public) opens a DevTools
 *    window docked to the given tab and returns its target id. It belongs to that exact tab, so
 *    the panel's `chrome.devtools.inspectedWindow.tabId` is the tab's id. No launch flag needed
 *    (`--auto-open-devtools-for-tabs` would open one per tab, with no way to tell them apart).
 * 2. Playwright's own connection auto-attaches to every new target with "wait for debugger" and
 *    detaches at once from DevTools windows (type "other"), leaving them paused before their
 *    first script: the DevTools frontend never loads. We resume it; once loaded, Chromium
 *    reports the docked window as a target of type "page", which a second
 *    `chromium.connectOverCDP` then takes as a Playwright Page (Playwright never attaches to
 *    targets created after it connected, hence the second connection, as in PopupPage).
 *    The extension's panel iframe is an out-of-process iframe of that Page, i.e. a Frame.
 * 3. An extension panel's iframe exists only once its tab is selected, and there is no
 *    protocol command for that: `selectExtensionPanel` uses DevTools-frontend internals, the
 *    ONLY place that does.
 *
 * If this breaks after a Chromium update, the error says which step failed; specs can still
 * cover the panel UI through DevToolsPanel.openAsTab (the panel page in a normal tab).
 */

const brokenHint =
  'A Chromium/DevTools update may have broken this harness (see e2e/support/devtools-context.ts); ' +
  'DevToolsPanel.openAsTab still covers the panel page.';

/** A DevTools window over one tab, reached through a second CDP connection. */
export type DevToolsWindow = {
  /** The DevTools frontend (devtools://devtools/bundled/devtools_app.html…) as a Page. */
  page: Page;
  targetId: string;
  /** Closes the DevTools window and drops the second connection. */
  close(): Promise<void>;
};

async function targetIdOf(context: BrowserContext, page: Page): Promise<string> {
  const session = await context.newCDPSession(page);
  try {
    return (await session.send('Target.getTargetInfo')).targetInfo.targetId;
  } finally {
    await session.detach().catch(() => {});
  }
}

async function browserSession(context: BrowserContext): Promise<CDPSession> {
  const browser = context.browser();
  if (!browser)
    throw new Error('The DevTools harness needs context.browser(), which is null here.');
  return browser.newBrowserCDPSession();
}

/** Lets a target paused in "wait for debugger" run (harmless if it is not paused). */
async function resumeTarget(session: CDPSession, targetId: string): Promise<void> {
  const { sessionId } = await session.send('Target.attachToTarget', { targetId, flatten: false });
  await session.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({ id: 1, method: 'Runtime.runIfWaitingForDebugger' }),
  });
  await session.send('Target.detachFromTarget', { sessionId }).catch(() => {});
}

async function waitForPageTarget(
  session: CDPSession,
  targetId: string,
  deadline: number,
): Promise<void> {
  for (;;) {
    const { targetInfos } = await session.send('Target.getTargets');
    const target = targetInfos.find((t) => t.targetId === targetId);
    if (target?.type === 'page') return;
    if (Date.now() > deadline) {
      throw new Error(
        `The DevTools window ${targetId} never became a "page" target, i.e. its frontend did ` +
          `not finish loading (it is ${target ? `"${target.type}" ${target.url}` : 'gone'}). ` +
          `If the machine is busy, raise the timeout; otherwise: ${brokenHint}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function findPageByTargetId(browser: Browser, targetId: string): Promise<Page | undefined> {
  const candidates = browser
    .contexts()
    .flatMap((c) => c.pages())
    .filter((p) => p.url().startsWith('devtools://'));
  for (const page of candidates) {
    const session = await page.context().newCDPSession(page);
    const { targetInfo } = await session.send('Target.getTargetInfo');
    await session.detach().catch(() => {});
    if (targetInfo.targetId === targetId) return page;
  }
  return undefined;
}

/** Opens the real DevTools window of `sitePage`'s tab and returns its frontend as a Page. */
export async function openDevToolsWindow(
  context: BrowserContext,
  sitePage: Page,
  { timeout }: { timeout: number },
): Promise<DevToolsWindow> {
  const deadline = Date.now() + timeout;
  const siteTargetId = await targetIdOf(context, sitePage);
  const session = await browserSession(context);
  let targetId: string;
  try {
    ({ targetId } = await session
      .send('Target.openDevTools', { targetId: siteTargetId })
      .catch((error: Error) => {
        throw new Error(`CDP Target.openDevTools failed: ${error.message}. ${brokenHint}`);
      }));
    await resumeTarget(session, targetId);
    await waitForPageTarget(session, targetId, deadline);
  } finally {
    await session.detach().catch(() => {});
  }

  const browser = await chromium.connectOverCDP(await devToolsEndpoint(context));
  const disconnect = () => browser.close().catch(() => {});
  context.once('close', disconnect);
  const page = await findPageByTargetId(browser, targetId);
  if (!page) {
    await disconnect();
    throw new Error(
      `The DevTools window ${targetId} is a page target but the second CDP connection has ` +
        `no Page for it. ${brokenHint}`,
    );
  }
  return {
    page,
    targetId,
    async close() {
      await page.close().catch(() => {});
      await disconnect();
    },
  };
}

/**
 * The one helper using DevTools-frontend internals: selects the extension panel titled
 * `title` (the first argument of chrome.devtools.panels.create) in the DevTools window, which
 * creates the panel's iframe. Waits for the frontend to start and for the extension to have
 * added the panel. Internals used (DevTools frontend bundled with Chromium 156):
 * - module `devtools://devtools/bundled/ui/legacy/legacy.js`, imported relative to
 *   devtools_app.html, exports `InspectorView.InspectorView`;
 * - `InspectorView.maybeGetInspectorViewInstance()` is null until the UI is built;
 *   `InspectorView.instance()` would throw before then;
 * - `instance().tabbedPane.tabIds()` lists the panels; an extension panel's id is its
 *   extension origin followed by its title: `chrome-extension://<extension id>Cookies`;
 * - `instance().showPanel(id)` selects it.
 */
export async function selectExtensionPanel(
  devtools: Page,
  extensionId: string,
  title: string,
  { timeout }: { timeout: number },
): Promise<void> {
  const panelId = `chrome-extension://${extensionId}${title}`;
  const result = await devtools.evaluate(
    async ({ panelId, timeout }) => {
      type TabbedPane = { tabIds(): string[] };
      type InspectorView = { tabbedPane?: TabbedPane; showPanel(id: string): Promise<void> };
      type InspectorViewClass = { maybeGetInspectorViewInstance?(): InspectorView | undefined };
      const deadline = Date.now() + timeout;
      const sleep = () => new Promise((resolve) => setTimeout(resolve, 50));
      let legacy: { InspectorView?: { InspectorView?: InspectorViewClass } };
      try {
        // Resolved against devtools_app.html; a variable keeps TypeScript from resolving it.
        const specifier = './ui/legacy/legacy.js';
        legacy = await import(specifier);
      } catch (error) {
        return { error: `cannot import ui/legacy/legacy.js: ${(error as Error).message}` };
      }
      const InspectorViewClass = legacy.InspectorView?.InspectorView;
      if (!InspectorViewClass?.maybeGetInspectorViewInstance) {
        return {
          error: 'legacy.js has no InspectorView.InspectorView.maybeGetInspectorViewInstance',
        };
      }
      let view = InspectorViewClass.maybeGetInspectorViewInstance();
      while (!view) {
        if (Date.now() > deadline) return { error: 'the InspectorView was never created' };
        await sleep();
        view = InspectorViewClass.maybeGetInspectorViewInstance();
      }
      if (!view.tabbedPane?.tabIds || !view.showPanel) {
        return { error: 'the InspectorView has no tabbedPane.tabIds() or showPanel()' };
      }
      while (!view.tabbedPane.tabIds().includes(panelId)) {
        if (Date.now() > deadline) {
          return {
            error: `no panel tab "${panelId}" (tabs: ${view.tabbedPane.tabIds().join(', ')})`,
          };
        }
        await sleep();
      }
      await view.showPanel(panelId);
      return { error: undefined };
    },
    { panelId, timeout },
  );
  if (result.error) {
    throw new Error(
      `Could not select the DevTools panel "${title}": ${result.error}. ${brokenHint}`,
    );
  }
}

/** Milliseconds from the start of openExtensionPanel to the end of each step. */
export type PanelTimings = {
  /** The DevTools frontend is loaded and a Page on the second connection. */
  window: number;
  /** The extension's panel tab existed and was selected. */
  selected: number;
  /** The panel's frame exists and its DOM is loaded. */
  frame: number;
};

/** Every target of the browser, for error messages. */
async function describeTargets(context: BrowserContext): Promise<string> {
  const session = await browserSession(context).catch(() => undefined);
  if (!session) return '(no browser session)';
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    return targetInfos
      .map((t) => `${t.type} ${t.url || "''"}${t.attached ? ' (attached)' : ''}`)
      .join('; ');
  } catch {
    return '(Target.getTargets failed)';
  } finally {
    await session.detach().catch(() => {});
  }
}

/**
 * Opens the DevTools window of `sitePage`'s tab, selects the extension panel `title` and
 * returns the panel's iframe (loaded from `url`) as a Frame of the DevTools Page.
 */
export async function openExtensionPanel(
  context: BrowserContext,
  sitePage: Page,
  options: { extensionId: string; title: string; url: string; timeout: number },
): Promise<DevToolsWindow & { frame: Frame; timings: PanelTimings }> {
  const { extensionId, title, url, timeout } = options;
  const started = Date.now();
  const deadline = started + timeout;
  const left = () => Math.max(deadline - Date.now(), 1_000);
  const devtools = await openDevToolsWindow(context, sitePage, { timeout });
  try {
    const windowReady = Date.now() - started;
    await selectExtensionPanel(devtools.page, extensionId, title, { timeout: left() });
    const selected = Date.now() - started;
    const find = () => devtools.page.frames().find((f) => f.url().startsWith(url));
    let frame = find();
    while (!frame) {
      if (Date.now() > deadline) {
        const frames = devtools.page.frames().map((f) => f.url() || "''");
        throw new Error(
          `The DevTools panel "${title}" was selected (window ready after ${windowReady} ms, ` +
            `panel selected after ${selected} ms) but no frame ${url} appeared within ` +
            `${timeout} ms. Frames of the DevTools Page: ${frames.join(', ')}. Targets: ` +
            `${await describeTargets(context)}. If the machine is busy, raise the timeout; ` +
            `otherwise: ${brokenHint}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      frame = find();
    }
    await frame.waitForLoadState('domcontentloaded', { timeout: left() });
    return {
      ...devtools,
      frame,
      timings: { window: windowReady, selected, frame: Date.now() - started },
    };
  } catch (error) {
    await devtools.close();
    throw error;
  }
}

/**
 * Switches DevTools' own theme while it is open, as Settings → Preferences → Theme does, for
 * the panel's theme-change handler. DevTools-frontend internals (Chromium 156):
 * `core/common/common.js` exports `Settings.Settings.instance()`, whose module setting
 * 'ui-theme' holds 'systemPreferred', 'default' or 'dark'. Before opening, prefer
 * launchExtensionContext's `devtoolsTheme` (the profile's preferences, no internals).
 */
export async function setDevToolsTheme(devtools: Page, theme: 'default' | 'dark'): Promise<void> {
  const error = await devtools.evaluate(async (theme) => {
    type Settings = { moduleSetting(name: string): { set(value: string): void } };
    try {
      // Resolved against devtools_app.html; a variable keeps TypeScript from resolving it.
      const specifier = './core/common/common.js';
      const common: { Settings?: { Settings?: { instance(): Settings } } } = await import(
        specifier
      );
      const settings = common.Settings?.Settings?.instance();
      if (!settings) return 'common.js has no Settings.Settings.instance()';
      settings.moduleSetting('ui-theme').set(theme);
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  }, theme);
  if (error) throw new Error(`Could not set DevTools' theme to ${theme}: ${error}. ${brokenHint}`);
}

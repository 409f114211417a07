import type { BrowserContext, Frame, Page } from '@playwright/test';
import { openExtensionPanel, type PanelTimings } from '../support/devtools-context';
import { ExtensionDocument } from './extension-document';
import { PopupPage } from './popup-page';

const panelPath = '/extension/devtools/panel.html';

export function panelUrl(extensionId: string): string {
  return `chrome-extension://${extensionId}${panelPath}`;
}

/**
 * The extension's DevTools panel, either the REAL one (inside the DevTools window of a site's
 * tab, where `chrome.devtools.*` exists) or the same page loaded in a normal tab with
 * `?tabId=` (no `chrome.devtools` there). Either way `frame` is a real Playwright Frame, so
 * every method auto-waits and its timeout error names the selector.
 *
 *   const panel = await DevToolsPanel.open(context, extensionId, page);
 *   await panel.waitFor('#app > *');
 *   const tabId = await panel.evaluate(() => chrome.devtools.inspectedWindow.tabId);
 *   await panel.close();
 *
 *   const tabPanel = await DevToolsPanel.openAsTab(context, extensionId, tabId);
 */
export class DevToolsPanel extends ExtensionDocument {
  private constructor(
    /** The panel document. */
    readonly frame: Frame,
    /** The Page holding it: the DevTools window (`devtools`) or the tab itself (`tab`). */
    readonly host: Page,
    readonly kind: 'devtools' | 'tab',
    private readonly cleanup: () => Promise<void>,
    /** For `devtools`: ms from the start of open() to each step, for diagnosing slowness. */
    readonly timings: PanelTimings | undefined = undefined,
  ) {
    super();
  }

  protected get document(): Frame {
    return this.frame;
  }

  /**
   * The real panel in the DevTools window of `sitePage`'s tab (opened for it, docked), so
   * `chrome.devtools.inspectedWindow.tabId` is that tab. Takes 5-7 s on an idle 2-core machine
   * (the DevTools frontend is heavy), 20 s and more when it is busy: give such specs a
   * larger test timeout. `title` is the panel's title as given to chrome.devtools.panels.create.
   * How it works, and what a Chromium update can break: e2e/support/devtools-context.ts.
   */
  static async open(
    context: BrowserContext,
    extensionId: string,
    sitePage: Page,
    { timeout = 45_000, title = 'Cookies' }: { timeout?: number; title?: string } = {},
  ): Promise<DevToolsPanel> {
    const opened = await openExtensionPanel(context, sitePage, {
      extensionId,
      title,
      url: panelUrl(extensionId),
      timeout,
    });
    return new DevToolsPanel(opened.frame, opened.page, 'devtools', opened.close, opened.timings);
  }

  /** The fallback: the panel page in a normal tab, told which tab to inspect. */
  static async openAsTab(
    context: BrowserContext,
    extensionId: string,
    tabId: number,
  ): Promise<DevToolsPanel> {
    const page = await context.newPage();
    await page.goto(`${panelUrl(extensionId)}?tabId=${tabId}`);
    return new DevToolsPanel(page.mainFrame(), page, 'tab', () => page.close().catch(() => {}));
  }

  /** The browser's id for `sitePage`'s tab, for openAsTab (same as PopupPage.tabIdOf). */
  static tabIdOf(context: BrowserContext, sitePage: Page): Promise<number> {
    return PopupPage.tabIdOf(context, sitePage);
  }

  /** A screenshot of the panel only (in DevTools: the panel's area of the window). */
  async screenshot(path: string): Promise<void> {
    if (this.kind === 'tab') await this.host.screenshot({ path });
    else await this.frame.locator('body').screenshot({ path });
  }

  /** Closes the DevTools window (or the tab) and drops the extra CDP connection. */
  async close(): Promise<void> {
    await this.cleanup();
  }
}

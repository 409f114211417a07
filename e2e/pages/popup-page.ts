import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import { devToolsEndpoint, extensionServiceWorker } from '../support/extension-context';
import { ExtensionDocument } from './extension-document';

const popupPath = '/extension/popup/popup.html';

export function popupUrl(extensionId: string): string {
  return `chrome-extension://${extensionId}${popupPath}`;
}

/**
 * The extension's popup, either the real one (opened by chrome.action.openPopup() over a
 * site's tab) or the same page loaded in a normal tab with `?tabId=`. Both are real
 * Playwright Pages, so every method auto-waits and its timeout error names the selector.
 */
export class PopupPage extends ExtensionDocument {
  private constructor(
    readonly page: Page,
    private readonly disconnect: () => Promise<void>,
  ) {
    super();
  }

  protected get document(): Page {
    return this.page;
  }

  /**
   * The real popup over `sitePage`. Chromium does not auto-attach Playwright to a popup
   * created after connecting (it never shows up in context.pages()), but a new CDP
   * connection does attach to targets that already exist, popups included. So: open it,
   * wait until its target exists, then connect a second time and take it as a Page.
   */
  static async open(
    context: BrowserContext,
    extensionId: string,
    sitePage: Page,
    { timeout = 10_000 } = {},
  ): Promise<PopupPage> {
    await sitePage.bringToFront();
    const worker = await extensionServiceWorker(context);
    await worker.evaluate(() => chrome.action.openPopup());
    return PopupPage.attach(context, extensionId, timeout);
  }

  /**
   * The real popup over the active tab of window `windowId`: for a window Playwright has no Page
   * of, such as an incognito window (it belongs to another browser profile).
   */
  static async openInWindow(
    context: BrowserContext,
    extensionId: string,
    windowId: number,
    { timeout = 10_000 } = {},
  ): Promise<PopupPage> {
    const worker = await extensionServiceWorker(context);
    await worker.evaluate(async (id) => {
      await chrome.windows.update(id, { focused: true });
      await chrome.action.openPopup({ windowId: id });
    }, windowId);
    return PopupPage.attach(context, extensionId, timeout);
  }

  private static async attach(
    context: BrowserContext,
    extensionId: string,
    timeout: number,
  ): Promise<PopupPage> {
    const url = popupUrl(extensionId);
    await waitForPopupTarget(context, url, timeout);
    const browser = await chromium.connectOverCDP(await devToolsEndpoint(context));
    const disconnect = () => browser.close().catch(() => {});
    context.once('close', disconnect);
    const page = findPopup(browser, url);
    if (!page) {
      await disconnect();
      throw new Error(`The popup target ${url} exists but the second connection has no Page.`);
    }
    await page.waitForLoadState('domcontentloaded');
    return new PopupPage(page, disconnect);
  }

  /** The fallback: the popup page in a normal tab, told which tab to work on. */
  static async openAsTab(
    context: BrowserContext,
    extensionId: string,
    tabId: number,
  ): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(`${popupUrl(extensionId)}?tabId=${tabId}`);
    return new PopupPage(page, async () => {});
  }

  /** The browser's id for `sitePage`'s tab, for openAsTab. */
  static async tabIdOf(context: BrowserContext, sitePage: Page): Promise<number> {
    await sitePage.bringToFront();
    const worker = await extensionServiceWorker(context);
    const [tab] = await worker.evaluate(() =>
      chrome.tabs.query({ active: true, lastFocusedWindow: true }),
    );
    if (tab?.id === undefined || tab.url !== sitePage.url()) {
      throw new Error(`No active tab with url ${sitePage.url()} (found ${tab?.url}).`);
    }
    return tab.id;
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }

  async close(): Promise<void> {
    await this.page.close().catch(() => {});
    await this.disconnect();
  }
}

function findPopup(browser: Browser, url: string): Page | undefined {
  return browser
    .contexts()
    .flatMap((c) => c.pages())
    .find((p) => p.url().startsWith(url));
}

async function waitForPopupTarget(
  context: BrowserContext,
  url: string,
  timeout: number,
): Promise<void> {
  const browser = context.browser();
  if (!browser) throw new Error('PopupPage.open needs context.browser(), which is null here.');
  const session = await browser.newBrowserCDPSession();
  try {
    const deadline = Date.now() + timeout;
    for (;;) {
      const { targetInfos } = await session.send('Target.getTargets');
      if (targetInfos.some((t) => t.type === 'page' && t.url.startsWith(url))) return;
      if (Date.now() > deadline) {
        const seen = targetInfos.map((t) => `${t.type} ${t.url}`).join('\n  ');
        throw new Error(`The popup ${url} did not open within ${timeout} ms. Targets:\n  ${seen}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await session.detach().catch(() => {});
  }
}

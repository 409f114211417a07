import {
  type Browser,
  type BrowserContext,
  chromium,
  expect,
  type Locator,
  type Page,
} from '@playwright/test';
import { devToolsEndpoint, extensionServiceWorker } from '../support/extension-context';

type WaitState = 'attached' | 'detached' | 'visible' | 'hidden';

const popupPath = '/extension/popup/popup.html';

export function popupUrl(extensionId: string): string {
  return `chrome-extension://${extensionId}${popupPath}`;
}

/**
 * The extension's popup, either the real one (opened by chrome.action.openPopup() over a
 * site's tab) or the same page loaded in a normal tab with `?tabId=`. Both are real
 * Playwright Pages, so every method auto-waits and its timeout error names the selector.
 */
export class PopupPage {
  private constructor(
    readonly page: Page,
    private readonly disconnect: () => Promise<void>,
  ) {}

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

  locator(selector: string): Locator {
    return this.page.locator(selector);
  }

  async click(selector: string): Promise<void> {
    await this.locator(selector).click();
  }

  /** Types the value, then fires `change` too: Preact's onChange listens to the DOM event. */
  async fill(selector: string, value: string): Promise<void> {
    const field = this.locator(selector);
    await field.fill(value);
    await field.dispatchEvent('change');
  }

  async setChecked(selector: string, checked: boolean): Promise<void> {
    await this.locator(selector).setChecked(checked);
  }

  async selectOption(selector: string, value: string): Promise<void> {
    await this.locator(selector).selectOption(value);
  }

  async text(selector: string): Promise<string> {
    return (await this.locator(selector).textContent()) ?? '';
  }

  /** How many elements match now (no waiting). */
  count(selector: string): Promise<number> {
    return this.locator(selector).count();
  }

  /** Waits for the first match to reach `state` (default `visible`). */
  async waitFor(
    selector: string,
    options: { state?: WaitState; timeout?: number } = {},
  ): Promise<void> {
    await this.locator(selector).first().waitFor(options);
  }

  /** Waits until the element's text contains `text` (a string) or matches it (a RegExp). */
  async waitForText(
    selector: string,
    text: string | RegExp,
    options: { timeout?: number } = {},
  ): Promise<void> {
    await expect(this.locator(selector)).toContainText(text, options);
  }

  /** Runs `fn` in the popup page (serialised: it cannot use this file's variables). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg);
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

import type { Browser, Page } from 'puppeteer-core';
import type { Browser as WebExtensionBrowser } from 'webextension-polyfill';
import { extensionOrigin } from './firefox-launch';

/** Runs in an extension page: `browser` is Firefox's own WebExtension API there. */
export type InExtension<A, T> = (browser: WebExtensionBrowser, arg: A) => T | Promise<T>;

/**
 * Opens one of the extension's pages in a new tab. WebDriver BiDi refuses to navigate to
 * moz-extension:// (and so does a web page, unless the page is web-accessible): the test build
 * lists the pages, and an ordinary http page at `startUrl` sets `location.href` to it.
 */
export async function openExtensionPage(
  browser: Browser,
  startUrl: string,
  pagePath: string,
): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(startUrl);
  const url = `${extensionOrigin}${pagePath}`;
  // After the call has returned: a navigation during it can destroy the realm the result is
  // read from ("right-hand side of 'in' should be an object, got null").
  await page.evaluate((target) => {
    setTimeout(() => {
      location.href = target;
    }, 0);
  }, url);
  // Puppeteer's navigation events do not follow this switch to the extension's process, so
  // poll the document itself (each evaluate may meet a context that is being replaced).
  const deadline = Date.now() + 15_000;
  for (;;) {
    const href = await page
      .evaluate(() => (document.readyState === 'complete' ? location.href : ''))
      .catch(() => '');
    if (href.startsWith(url.split('?')[0] ?? url)) return page;
    if (Date.now() > deadline) throw new Error(`${url} did not open (still at "${href}").`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Calls the WebExtension API inside an extension page, which has the extension's privileges
 * (host permissions, cookies, tabs, contextualIdentities). `fn` is sent as source text: it may
 * use only its arguments.
 */
export async function inExtension<A, T>(page: Page, fn: InExtension<A, T>, arg: A): Promise<T> {
  const source = `(${fn.toString()})(globalThis.browser, ${JSON.stringify(arg ?? null)})`;
  return (await page.evaluate(source)) as T;
}

/** The browser's id of the tab showing `url` (the popup and panel pages take it as ?tabId=). */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await inExtension(
    extensionPage,
    async (browser, wanted) => {
      const tabs = await browser.tabs.query({});
      return tabs.find((tab) => tab.url === wanted)?.id ?? null;
    },
    url,
  );
  if (id === null) throw new Error(`No tab shows ${url}.`);
  return id;
}

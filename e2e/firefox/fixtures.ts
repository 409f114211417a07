import { test as base } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { type CookieTestServer, startCookieTestServer } from '../support/cookie-test-server';
import { inExtension, openExtensionPage } from './support/extension-tab';
import { type FirefoxCookieApi, firefoxCookies } from './support/firefox-cookies';
import { launchFirefoxWithExtension } from './support/firefox-launch';

export type FirefoxWorkerFixtures = {
  /**
   * One Firefox with the extension for every spec of the worker: a launch costs 2-47 s here,
   * so each test starts instead from a browser whose cookies are all removed.
   */
  firefox: Browser;
  servers: CookieTestServer;
};

export type FirefoxTestFixtures = {
  /**
   * A fresh tab for the test's sites, closed after the test with every tab the test opened.
   * Not `page`: that name is Playwright's own fixture, of Playwright's Page type.
   */
  tab: Page;
  /** An extension page in a tab, for calling the WebExtension API with its privileges. */
  extensionPage: Page;
  cookies: FirefoxCookieApi;
};

export const test = base.extend<FirefoxTestFixtures, FirefoxWorkerFixtures>({
  firefox: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring.
    async ({}, use) => {
      const firefox = await launchFirefoxWithExtension();
      await use(firefox.browser);
      await firefox.close();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  servers: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring.
    async ({}, use) => {
      const server = await startCookieTestServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extensionPage: async ({ firefox, servers }, use) => {
    const page = await openExtensionPage(
      firefox,
      servers.url('a.test', '/'),
      '/extension/popup/popup.html',
    );
    await use(page);
    await page.close();
  },
  cookies: async ({ extensionPage }, use) => {
    const api = firefoxCookies(extensionPage);
    await api.clearEverything();
    await use(api);
  },
  tab: async ({ firefox, extensionPage, cookies: _clearedFirst }, use) => {
    const openTabs = () =>
      inExtension(
        extensionPage,
        async (b) => (await b.tabs.query({})).map((t) => t.id ?? -1),
        null,
      );
    const before = new Set(await openTabs());
    const page = await firefox.newPage();
    await use(page);
    // Every tab the test opened goes with it: popup and panel pages, container tabs and private
    // windows (which puppeteer does not list as pages), so the next test finds only its own.
    const opened = (await openTabs()).filter((id) => !before.has(id));
    await inExtension(extensionPage, (b, ids) => b.tabs.remove(ids), opened);
  },
});

export { expect } from '@playwright/test';

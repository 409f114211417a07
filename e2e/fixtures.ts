import { type BrowserContext, test as base, type Page, type Worker } from '@playwright/test';
import { type CookieTestServer, startCookieTestServer } from './support/cookie-test-server';
import {
  closeExtensionContext,
  extensionIdOf,
  extensionServiceWorker,
  launchExtensionContext,
} from './support/extension-context';
import { type ExtensionCookies, extensionCookies } from './support/extension-cookies';

export type ExtensionFixtures = {
  /** Chromium with the built extension, in a fresh profile for every test. */
  context: BrowserContext;
  /** The profile's first tab (a persistent context opens with one). */
  page: Page;
  extensionId: string;
  /** The extension's service worker: `serviceWorker.evaluate(() => chrome.cookies...)`. */
  serviceWorker: Worker;
  cookies: ExtensionCookies;
};

export type ServerFixtures = {
  /** http + https cookie test server on 127.0.0.1; `servers.url('a.test', '/echo')`. */
  servers: CookieTestServer;
};

export const test = base.extend<ExtensionFixtures, ServerFixtures>({
  servers: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring.
    async ({}, use) => {
      const server = await startCookieTestServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ headless }, use) => {
    const context = await launchExtensionContext({ headless });
    await use(context);
    await closeExtensionContext(context);
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
  serviceWorker: async ({ context }, use) => {
    await use(await extensionServiceWorker(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(extensionIdOf(serviceWorker));
  },
  cookies: async ({ context }, use) => {
    await use(extensionCookies(context));
  },
});

export { expect } from '@playwright/test';

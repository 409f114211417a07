import type { BrowserContext, Page } from '@playwright/test';
import { test as base, expect } from './fixtures';
import { PopupPage } from './pages/popup-page';
import { WorkbenchUi } from './pages/workbench-ui';
import {
  DemoClock,
  type DemoSiteServer,
  type DemoSiteSettings,
  startDemoSiteServer,
} from './support/demo-site-server';

export type DemoSiteFixtures = {
  /** The demo's settings for this test: `test.use({ demoSiteOptions: { sessionStore: 'file' } })`. */
  demoSiteOptions: DemoSiteSettings;
  /** The demo site's clock: real time unless the test pauses it. */
  demoClock: DemoClock;
  /** The demo site, started for each test with `demoSiteOptions` and a temporary data dir. */
  demoSite: DemoSiteServer;
};

export const test = base.extend<DemoSiteFixtures>({
  demoSiteOptions: [{}, { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring.
  demoClock: async ({}, use) => {
    await use(new DemoClock());
  },
  demoSite: async ({ demoSiteOptions, demoClock }, use) => {
    const site = await startDemoSiteServer(demoSiteOptions, demoClock);
    await use(site);
    await site.close();
  },
});

export { expect };

/** The real popup over `sitePage`, with its cookie list loaded. */
export async function openWorkbench(
  context: BrowserContext,
  extensionId: string,
  sitePage: Page,
): Promise<{ popup: PopupPage; ui: WorkbenchUi }> {
  const popup = await PopupPage.open(context, extensionId, sitePage);
  const ui = new WorkbenchUi(popup.page);
  await ui.waitLoaded();
  return { popup, ui };
}

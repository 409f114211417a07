import { fileURLToPath } from 'node:url';
import type { BrowserContext } from '@playwright/test';
import { expect, test } from '../fixtures';
import { DevToolsPanel } from '../pages/devtools-panel';
import { ManagerPage } from '../pages/manager-page';
import { PopupPage } from '../pages/popup-page';
import { WorkbenchUi } from '../pages/workbench-ui';
import { addIframe } from '../support/add-iframe';
import { timelineEntry, waitForNetworkLog } from '../support/devtools-timeline';
import {
  closeExtensionContext,
  extensionIdOf,
  extensionServiceWorker,
  launchExtensionContext,
} from '../support/extension-context';
import { extensionCookies } from '../support/extension-cookies';
import { seedShowcaseCookies } from '../support/showcase-cookies';
import { localeMessages } from '../support/untranslated-text';
import { writeSmallPng } from './small-png';

// The README's screenshots: the real popup, the real DevTools panel and the manager over a
// site with a realistic set of cookies, at their real size, in both themes. Written to
// docs/screenshots/<view>-<theme>.png (committed: the README shows them), and the light ones in
// German (<view>-light-de.png) for the German store listing.

const file = (name: string) =>
  fileURLToPath(new URL(`../../docs/screenshots/${name}.png`, import.meta.url));
const site = 'shop.test';
const widgets = 'widgets.test';

/** A message as the German extension shows it (no substitutions). */
const germanMessage = (key: string) => localeMessages('de')[key]?.message ?? key;

const runs = [
  { scheme: 'light', language: 'en' },
  { scheme: 'dark', language: 'en' },
  { scheme: 'light', language: 'de' },
] as const;

for (const { scheme, language } of runs) {
  test(`screenshots, ${scheme}, ${language}`, async ({ servers }) => {
    const german = language === 'de';
    const out = (name: string) => file(german ? `${name}-de` : name);
    const context: BrowserContext = await launchExtensionContext({
      colorScheme: scheme,
      ...(german ? { language: { lang: 'de', locale: 'de-DE' } } : {}),
      devtoolsTheme: scheme === 'dark' ? 'dark' : 'default',
      // Undocked, so its window can be given a size: the panel as on a laptop screen.
      devtoolsDock: 'undocked',
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      const extensionId = extensionIdOf(await extensionServiceWorker(context));
      await seedShowcaseCookies(extensionCookies(context), servers, {
        host: site,
        embedded: widgets,
      });
      await page.goto(servers.url(site, '/', { https: true }));
      await addIframe(page, servers.url(widgets, '/frame', { https: true }));

      const popup = await PopupPage.open(context, extensionId, page);
      await popup.page.emulateMedia({ colorScheme: scheme });
      await new WorkbenchUi(popup.page).waitLoaded();
      await writeSmallPng(out(`popup-${scheme}`), await popup.page.screenshot());
      await popup.close();

      // The details pane of a JWT: its decoded layers and the audit's findings. The popup page in
      // a tab, as tall as the pane needs (the toolbar popup would scroll).
      const tabId = await PopupPage.tabIdOf(context, page);
      const inspector = await PopupPage.openAsTab(context, extensionId, tabId);
      await inspector.page.setViewportSize({ width: 800, height: 600 });
      await inspector.page.emulateMedia({ colorScheme: scheme });
      const inspectorUi = new WorkbenchUi(inspector.page);
      await inspectorUi.waitLoaded();
      await inspectorUi.row('auth_token').click();
      await expect(inspector.page.getByTestId('value-inspector')).toBeVisible();
      await expect(inspector.page.getByTestId('details-audit')).toBeVisible();
      await writeSmallPng(
        out(`inspector-${scheme}`),
        await inspector.page.getByTestId('cookie-details').screenshot(),
      );
      await inspector.close();

      const panel = await DevToolsPanel.open(context, extensionId, page, { timeout: 90_000 });
      const devtools = await panel.host.context().newCDPSession(panel.host);
      const { windowId } = await devtools.send('Browser.getWindowForTarget');
      await devtools.send('Browser.setWindowBounds', {
        windowId,
        bounds: { width: 1100, height: 720 },
      });
      await devtools.detach();
      for (const list of await panel.frame.getByTestId('cookie-list').all()) {
        await expect(list).toHaveAttribute('data-loaded', 'true');
      }
      // A few changes for the timeline: one by a response, one by script.
      await waitForNetworkLog(panel, page);
      await page.evaluate(() => fetch('/set?c=recently_viewed%3Dsku-1042').then((r) => r.text()));
      await page.evaluate(() => {
        document.cookie = 'ui_tab=reviews; path=/; max-age=3600';
      });
      await expect(panel.frame.getByTestId('timeline-entry')).toHaveCount(2);
      // Each verdict waits seconds for DevTools' network log.
      await expect(
        timelineEntry(panel, 'recently_viewed', 'created').getByTestId('timeline-source'),
      ).toContainText('/set?c=recently_viewed', { timeout: 20_000 });
      await expect(
        timelineEntry(panel, 'ui_tab', 'created').getByTestId('timeline-source'),
      ).toHaveText(german ? germanMessage('timeline_setByScript') : 'set by script', {
        timeout: 20_000,
      });
      // The panel's iframe in the DevTools window: what a person sees of it, no more.
      const panelFrame = await panel.frame.frameElement();
      await writeSmallPng(out(`panel-${scheme}`), await panelFrame.screenshot());
      await panel.close();

      const manager = await ManagerPage.open(context, extensionId);
      await manager.page.setViewportSize({ width: 1280, height: 800 });
      await expect(manager.rows.first()).toBeVisible();
      // Two actions for the history: what it says of each (site, old → new) shows.
      await manager.editCookie(manager.row('ui_tab'), { value: 'specs' });
      await manager.deleteRow(manager.row('recently_viewed'));
      await expect(manager.historyEntries).toHaveCount(2);
      await writeSmallPng(out(`manager-${scheme}`), await manager.page.screenshot());
      await manager.page.close();
    } finally {
      await closeExtensionContext(context);
    }
  });
}

import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DevToolsPanel } from './pages/devtools-panel';
import { ImportDialog } from './pages/import-dialog';
import { ManagerPage } from './pages/manager-page';
import { PopupPage } from './pages/popup-page';
import { WorkbenchUi } from './pages/workbench-ui';
import { seriousAxeViolations } from './support/axe-check';
import {
  closeExtensionContext,
  extensionIdOf,
  extensionServiceWorker,
  launchExtensionContext,
} from './support/extension-context';
import { setCookiesViaServer } from './support/site-cookies';
import { textPieces, untranslatedChecker } from './support/untranslated-text';

// A German browser: Chromium started with --lang=de picks _locales/de, and the pages' UI
// language (numbers, dates) is de-DE. One browser for the whole file.
let german: BrowserContext;
let extensionId: string;
test.beforeAll(async () => {
  german = await launchExtensionContext({ language: { lang: 'de', locale: 'de-DE' } });
  extensionId = extensionIdOf(await extensionServiceWorker(german));
});
test.afterAll(async () => closeExtensionContext(german));

const untranslated = untranslatedChecker('de');

/** No English sentence or label, and no message key, in the page's text or its labels. */
async function expectAllGerman(page: Page): Promise<void> {
  expect(untranslated(await textPieces(page))).toEqual([]);
}

test('the popup, the panel, the editor and its errors speak German, with German dates', async ({
  servers,
}) => {
  const site = await german.newPage();
  await setCookiesViaServer(site, servers, 'a.test', [
    'plain=1',
    'kept=2; Max-Age=259200',
    'locked=3; HttpOnly',
  ]);
  await site.goto(servers.url('a.test', '/'));
  const popup = await PopupPage.openAsTab(
    german,
    extensionId,
    await PopupPage.tabIdOf(german, site),
  );
  const ui = new WorkbenchUi(popup.page);
  await expect(ui.row('kept')).toBeVisible();

  await expect(popup.page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(popup.page.locator('.counts').first()).toHaveText('2 Sitzung, 1 dauerhaft');
  const kept = ui.row('kept');
  await expect(kept.getByTestId('cookie-lifetime')).toContainText(/in [23] Tagen/);
  // German dates: "6. Dez. 2026, 14:03:00".
  await expect(kept.getByTestId('cookie-expiry')).toContainText(
    /\d{1,2}\. (Jan|Feb|März|Apr|Mai|Juni|Juli|Aug|Sept|Okt|Nov|Dez)\.? \d{4}, \d{2}:\d{2}/,
  );
  await expectAllGerman(popup.page);
  expect(await seriousAxeViolations(popup.page)).toEqual([]);

  const panel = await DevToolsPanel.openAsTab(
    german,
    extensionId,
    await PopupPage.tabIdOf(german, site),
  );
  await expect(panel.host.getByTestId('cookie-row').first()).toBeVisible();
  await expect(panel.host.locator('html')).toHaveAttribute('lang', 'de');
  await expectAllGerman(panel.host);
  await panel.close();

  await ui.openNewCookie();
  await expectAllGerman(popup.page);
  await ui.fill({ name: 'bad;name', value: 'x' });
  expect(await ui.saveExpectingError('name')).toContain('Der Name darf kein „;“ enthalten');
  await popup.close();
  await site.close();
});

test('the manager and its import (parsed in a worker) speak German', async () => {
  const manager = await ManagerPage.open(german, extensionId);
  await expect(manager.page).toHaveTitle('Cookie Workbench — alle Cookies');
  await expect(manager.page.locator('html')).toHaveAttribute('lang', 'de');
  await expectAllGerman(manager.page);

  const dialog = await ImportDialog.open(manager.page);
  await dialog.root.getByTestId('import-text').fill('{"not": "cookies"}');
  await dialog.root.getByTestId('import-preview').click();
  await expect(dialog.error).toContainText('Dieses JSON ist keine Liste von Cookies');
  await expectAllGerman(manager.page);
  await manager.page.close();
});

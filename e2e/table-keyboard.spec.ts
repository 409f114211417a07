import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ManagerPage } from './pages/manager-page';
import { PopupPage } from './pages/popup-page';
import { WorkbenchUi } from './pages/workbench-ui';

// Issue 12: the table's details pane, column widths and the details pane's Delete question,
// all from the keyboard alone.

test.beforeEach(async ({ serviceWorker }) => {
  await serviceWorker.evaluate(async () => {
    const now = Math.floor(Date.now() / 1000);
    const set = (details: chrome.cookies.SetDetails) => chrome.cookies.set(details);
    await set({
      url: 'http://a.test/',
      name: 'theme',
      value: 'dark',
      expirationDate: now + 86_400,
    });
    await set({ url: 'http://a.test/', name: 'sid', value: 'abc', httpOnly: true });
    await set({ url: 'http://a.test/', name: 'lang', value: 'en-GB', sameSite: 'lax' });
  });
});

const testidOfFocus = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

/** The row whose details are open names the pane (said as "has details"); the others do not. */
async function expectDetailsOf(row: Locator, details: Locator, open: boolean) {
  if (!open) {
    await expect(row).not.toHaveAttribute('aria-details', /./);
    await expect(row).not.toHaveAttribute('aria-controls', /./);
    return;
  }
  const id = await details.getAttribute('id');
  expect(id).toBeTruthy();
  await expect(row).toHaveAttribute('aria-details', id as string);
  await expect(row).toHaveAttribute('aria-controls', id as string);
}

test('the manager opens the focused row’s details with ArrowRight, as the popup does, and says so', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  const manager = await ManagerPage.open(context, extensionId);
  await manager.page.setViewportSize({ width: 1280, height: 800 });
  const details = manager.page.getByTestId('cookie-details');
  await manager.focusRow(manager.row('lang'));
  await expectDetailsOf(manager.row('lang'), details, false);
  await manager.press('ArrowRight');
  await expect(details.getByTestId('details-name')).toHaveText('lang');
  await expectDetailsOf(manager.row('lang'), details, true);
  // The focus stays on the row: the arrows go on to the next cookie, whose details open the same way.
  expect(await manager.focusedRow()).toBe('lang@a.test');
  await manager.press('ArrowDown');
  await manager.press('ArrowRight');
  await expect(details.getByTestId('details-name')).toHaveText('sid');
  await expectDetailsOf(manager.row('sid'), details, true);
  await expectDetailsOf(manager.row('lang'), details, false);
  // Space still selects, it does not open.
  await manager.press('Space');
  await expect(manager.selectedCount).toHaveText('1 selected');

  // The popup's rows: Space (as before) and ArrowRight open the same pane.
  await page.goto(servers.url('a.test', '/'));
  const popup = await PopupPage.openAsTab(
    context,
    extensionId,
    await PopupPage.tabIdOf(context, page),
  );
  const ui = new WorkbenchUi(popup.page);
  const popupDetails = popup.page.getByTestId('cookie-details');
  await ui.row('theme').focus();
  await popup.page.keyboard.press('ArrowRight');
  await expect(popupDetails.getByTestId('details-name')).toHaveText('theme');
  await expectDetailsOf(ui.row('theme'), popupDetails, true);
  await expectDetailsOf(ui.row('sid'), popupDetails, false);
});

test('each column’s resize handle is a separator the arrow keys resize, remembered after a reload', async ({
  context,
  extensionId,
}) => {
  const manager = await ManagerPage.open(context, extensionId);
  const { page } = manager;
  await page.setViewportSize({ width: 1280, height: 800 });
  const handle = page.getByRole('separator', { name: 'Resize Domain column' });
  await expect(handle).toHaveAttribute('aria-orientation', 'vertical');
  await expect(handle).toHaveAttribute('aria-valuemin', '24');
  await expect(handle).toHaveAttribute('aria-valuemax', '2000');
  const cellWidth = async () =>
    Math.round((await manager.row('sid').locator('.c-domain').boundingBox())?.width ?? 0);
  const start = Number(await handle.getAttribute('aria-valuenow'));
  expect(start).toBe(await cellWidth());

  // Reached with Tab from the column's sort button.
  await page.getByTestId('sort-domain').focus();
  await page.keyboard.press('Tab');
  await expect(handle).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('ArrowLeft');
  const wider = start + 8 + 8 + 40 - 8;
  await expect(handle).toHaveAttribute('aria-valuenow', String(wider));
  await expect.poll(cellWidth).toBe(wider);

  await page.reload();
  await manager.waitLoaded();
  await expect(handle).toHaveAttribute('aria-valuenow', String(wider));
  await expect.poll(cellWidth).toBe(wider);
});

for (const where of ['popup', 'manager'] as const) {
  test(`the ${where}’s details pane: Escape closes its Delete question and the focus returns to Delete`, async ({
    context,
    page,
    extensionId,
    servers,
    cookies,
  }) => {
    let host: Page;
    if (where === 'manager') {
      const manager = await ManagerPage.open(context, extensionId);
      host = manager.page;
      await host.setViewportSize({ width: 1280, height: 800 });
      await manager.row('sid').click();
    } else {
      await page.goto(servers.url('a.test', '/'));
      const tabId = await PopupPage.tabIdOf(context, page);
      host = (await PopupPage.openAsTab(context, extensionId, tabId)).page;
      await new WorkbenchUi(host).row('sid').focus();
      await host.keyboard.press('Space');
    }
    const details = host.getByTestId('cookie-details');
    await expect(details.getByTestId('details-name')).toHaveText('sid');
    await details.getByTestId('details-delete').focus();
    await host.keyboard.press('Enter');
    // The question takes the focus (its button replaced the one pressed).
    await expect(details.getByTestId('details-confirm-delete')).toBeFocused();
    await host.keyboard.press('Escape');
    await expect(details.getByTestId('details-confirm-delete')).toHaveCount(0);
    await expect(details.getByTestId('details-delete')).toBeFocused();
    expect(await testidOfFocus(host)).toBe('details-delete');
    expect((await cookies.all()).map((c) => c.name)).toContain('sid');
  });
}

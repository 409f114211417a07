import type { Page } from '@playwright/test';
import type { Cookie } from '../src/cookies/cookie';
import { type SortColumn, sortColumns, sortCookiesBy } from '../src/ui/table/cookie-sort';
import { expect, test } from './fixtures';
import { DevToolsPanel } from './pages/devtools-panel';
import { ManagerPage } from './pages/manager-page';
import { PopupPage } from './pages/popup-page';
import { WorkbenchUi } from './pages/workbench-ui';

// A JWT-sized value and then some: the longest value a cookie can hold (name + value <= 4,096).
const longValue = 'x'.repeat(4000);

test.beforeEach(async ({ serviceWorker }) => {
  await serviceWorker.evaluate(async (longValue) => {
    const now = Math.floor(Date.now() / 1000);
    const set = (details: chrome.cookies.SetDetails) => chrome.cookies.set(details);
    await set({ url: 'http://a.test/', name: 'jwt', value: longValue });
    await set({
      url: 'http://a.test/',
      name: 'theme',
      value: 'dark',
      expirationDate: now + 86_400,
    });
    await set({
      url: 'http://a.test/app',
      name: 'sid',
      value: 'abc',
      domain: 'a.test',
      httpOnly: true,
      sameSite: 'strict',
      expirationDate: now + 3600,
    });
    await set({ url: 'http://a.test/', name: 'lang', value: 'en-GB', sameSite: 'lax' });
  }, longValue);
});

/** No sideways scrolling of the page, and body text at 13px or more. */
async function expectReflows(page: Page, what: string): Promise<void> {
  const layout = await page.evaluate(() => {
    const root = document.scrollingElement as Element;
    return {
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
      fontSize: Number.parseFloat(getComputedStyle(document.body).fontSize),
    };
  });
  expect(layout.scrollWidth, `${what}: page width`).toBeLessThanOrEqual(layout.clientWidth);
  expect(layout.fontSize, `${what}: body text`).toBeGreaterThanOrEqual(13);
}

test('popup, panel and manager never scroll sideways with a 4 KB value, and their text is 13px', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  await page.goto(servers.url('a.test', '/'));
  const tabId = await PopupPage.tabIdOf(context, page);

  const popup = await PopupPage.openAsTab(context, extensionId, tabId);
  const popupUi = new WorkbenchUi(popup.page);
  for (const width of [360, 600, 800]) {
    await popup.page.setViewportSize({ width, height: 600 });
    await expect(popupUi.row('jwt')).toBeVisible();
    await expectReflows(popup.page, `popup at ${width}px`);
  }
  // The whole value is there, cut short only on screen.
  await expect(popupUi.row('jwt').getByTestId('cookie-value')).toHaveText(longValue);
  await popupUi.row('jwt').getByTestId('cookie-value').click();
  await expectReflows(popup.page, 'popup with the long value expanded');

  const panel = await DevToolsPanel.openAsTab(context, extensionId, tabId);
  const panelUi = new WorkbenchUi(panel.frame);
  for (const width of [400, 700, 1200]) {
    await panel.host.setViewportSize({ width, height: 500 });
    await expect(panelUi.row('jwt')).toBeVisible();
    await expectReflows(panel.host, `panel at ${width}px`);
    // Edit and Delete stay on screen.
    const box = await panelUi.row('jwt').getByTestId('delete-button').boundingBox();
    expect(box && box.x + box.width, `panel at ${width}px: Delete`).toBeLessThanOrEqual(width);
  }

  // 200% zoom of a 1280x800 window: the page lays out in 640x400 CSS pixels.
  const manager = await ManagerPage.open(context, extensionId);
  await manager.page.setViewportSize({ width: 640, height: 400 });
  await expect(manager.row('jwt')).toBeVisible();
  await expectReflows(manager.page, 'manager at 200%');
  // More than a header's worth of rows stays visible.
  expect(await manager.isInView(manager.row('theme'))).toBe(true);
  await manager.page.setViewportSize({ width: 1280, height: 800 });
  await expectReflows(manager.page, 'manager at 1280px');
});

test('the manager table sorts by every column from the keyboard', async ({
  context,
  extensionId,
  cookies,
}) => {
  const all = (await cookies.all()) as Cookie[];
  const manager = await ManagerPage.open(context, extensionId);
  await manager.page.setViewportSize({ width: 1280, height: 800 });
  const names = async () => (await manager.shownRows()).map((row) => row.split('@')[0]);
  const header = (column: SortColumn) =>
    manager.page.getByTestId(`sort-${column}`).locator('xpath=..');
  for (const column of sortColumns) {
    const button = manager.page.getByTestId(`sort-${column}`);
    await button.focus();
    await manager.page.keyboard.press('Enter');
    await expect(header(column)).toHaveAttribute('aria-sort', 'ascending');
    const ascending = sortCookiesBy(all, { column, descending: false }).map((c) => c.name);
    await expect.poll(names, { message: `${column} ascending` }).toEqual(ascending);
    await manager.page.keyboard.press('Space');
    await expect(header(column)).toHaveAttribute('aria-sort', 'descending');
    const descending = sortCookiesBy(all, { column, descending: true }).map((c) => c.name);
    await expect.poll(names, { message: `${column} descending` }).toEqual(descending);
  }
  // A site's rows fold under its header, from the keyboard too; its counts stay.
  const toggle = manager.group('a.test').getByTestId('site-toggle');
  await toggle.focus();
  await manager.page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(manager.rows).toHaveCount(0);
  await expect(manager.group('a.test').getByTestId('count-session')).toHaveText('2');
  await manager.page.keyboard.press('Enter');
  await expect(manager.rows).toHaveCount(all.length);

  // A header's edge dragged: the column and every row's cell follow.
  const nameWidth = (page: Page) =>
    page
      .locator('[data-testid="manager-row"][data-name="theme"] .c-name')
      .evaluate((el) => el.getBoundingClientRect().width);
  const before = await nameWidth(manager.page);
  const edge = await header('name').locator('.col-resize').boundingBox();
  if (!edge) throw new Error('no resize handle');
  const y = edge.y + edge.height / 2;
  await manager.page.mouse.move(edge.x + edge.width / 2, y);
  await manager.page.mouse.down();
  await manager.page.mouse.move(edge.x + edge.width / 2 + 80, y, { steps: 4 });
  await manager.page.mouse.up();
  await expect.poll(() => nameWidth(manager.page)).toBeGreaterThan(before + 60);

  // Remembered: a new manager page opens sorted the same way, with the same widths.
  const again = await ManagerPage.open(context, extensionId);
  await again.page.setViewportSize({ width: 1280, height: 800 });
  await expect(again.page.getByTestId('sort-partition').locator('xpath=..')).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect.poll(() => nameWidth(again.page)).toBeGreaterThan(before + 60);
});

test('copy the value, name=value, a Set-Cookie line and JSON from the keyboard; the details pane shows the whole value and edits', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  // Granted for every origin: Chromium refuses a chrome-extension:// origin here ("opaque").
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(servers.url('a.test', '/'));
  const tabId = await PopupPage.tabIdOf(context, page);
  const panel = await DevToolsPanel.openAsTab(context, extensionId, tabId);
  const host = panel.host;
  await host.setViewportSize({ width: 1800, height: 700 });
  const ui = new WorkbenchUi(panel.frame);
  const clipboard = () => host.evaluate(() => navigator.clipboard.readText());
  const expected = {
    value: 'abc',
    pair: 'sid=abc',
    'set-cookie':
      /^sid=abc; Domain=a\.test; Path=\/; Expires=\w{3}, \d\d \w{3} \d{4} [\d:]{8} GMT; HttpOnly; SameSite=Strict$/,
    json: /"name": "sid"/,
  } as const;

  // From the row: Tab to its Copy button, Enter opens the menu with its first form focused.
  for (const [form, text] of Object.entries(expected)) {
    await ui.row('sid').getByTestId('copy-button').focus();
    await host.keyboard.press('Enter');
    const item = ui.row('sid').getByTestId(`copy-${form}`);
    await expect(item).toBeVisible();
    await item.focus();
    await host.keyboard.press('Enter');
    await expect(item).toBeHidden();
    if (typeof text === 'string') await expect.poll(clipboard).toBe(text);
    else await expect.poll(clipboard).toMatch(text);
    await host.evaluate(() => navigator.clipboard.writeText(''));
  }

  // The details pane: Space on the focused row opens it, beside the table at this width.
  await ui.row('jwt').focus();
  await host.keyboard.press('Space');
  const details = panel.frame.getByTestId('cookie-details');
  await expect(details.getByTestId('details-value')).toHaveText(longValue);
  const [listBox, detailsBox] = [
    await panel.frame.locator('.cookie-scroll').boundingBox(),
    await details.boundingBox(),
  ];
  expect(detailsBox && listBox && detailsBox.x >= listBox.x + listBox.width - 1).toBe(true);
  for (const [form, text] of Object.entries({ value: longValue, pair: `jwt=${longValue}` })) {
    await details.getByTestId(`details-copy-${form}`).focus();
    await host.keyboard.press('Enter');
    await expect.poll(clipboard).toBe(text);
  }
  await details.getByTestId('details-edit').focus();
  await host.keyboard.press('Enter');
  await ui.fill({ value: 'short' });
  await ui.save();
  await expect(ui.row('jwt').getByTestId('cookie-value')).toHaveText('short');
  await expect(details.getByTestId('details-value')).toHaveText('short');

  // Narrow: the details go under the list, still without sideways scrolling.
  await host.setViewportSize({ width: 400, height: 700 });
  await expectReflows(host, 'panel at 400px with details');
});

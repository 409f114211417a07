import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ManagerPage } from './pages/manager-page';
import { PopupPage } from './pages/popup-page';
import { WorkbenchUi } from './pages/workbench-ui';

// Issue 12: what lies where in the narrow popup: the search help under its `?`, a row's
// buttons beside its flags, never over them.

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
    await set({
      url: 'http://a.test/',
      name: 'sid',
      value: 'abc',
      httpOnly: true,
      sameSite: 'strict',
      expirationDate: now + 3600,
    });
    await set({ url: 'http://a.test/', name: 'lang', value: 'en-GB', sameSite: 'lax' });
  });
});

type Box = { x: number; y: number; width: number; height: number };

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} has no box`);
  return box;
}

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function expectNoSidewaysScroll(page: Page, what: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement as Element;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(scrollWidth, `${what}: page width`).toBeLessThanOrEqual(clientWidth);
}

/** The help opens from the keyboard just below its button, inside the viewport; Escape gives the focus back. */
async function expectHelpUnderItsButton(page: Page, width: number, what: string) {
  await page.setViewportSize({ width, height: 600 });
  const button = page.getByTestId('search-help-button');
  const help = page.getByTestId('search-help');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(help).toBeVisible();
  await expect(help.locator('table')).toBeVisible();
  const [b, h] = [await boxOf(button), await boxOf(help)];
  expect(h.y, `${what}: top of the help under the button`).toBeGreaterThanOrEqual(b.y + b.height);
  expect(h.y, `${what}: right under it`).toBeLessThanOrEqual(b.y + b.height + 8);
  expect(h.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(h.x + h.width, `${what}: right edge`).toBeLessThanOrEqual(width);
  expect(h.y + h.height, `${what}: bottom edge`).toBeLessThanOrEqual(600);
  // Beside the button, not somewhere else on its line.
  expect(h.x < b.x + b.width && b.x < h.x + h.width, `${what}: under the button`).toBe(true);
  await expectNoSidewaysScroll(page, what);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(button).toBeFocused();
}

test('the search help opens under its ? button and inside the viewport, at 360 and 800 px', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  await page.goto(servers.url('a.test', '/'));
  const popup = await PopupPage.openAsTab(
    context,
    extensionId,
    await PopupPage.tabIdOf(context, page),
  );
  await expect(new WorkbenchUi(popup.page).row('sid')).toBeVisible();
  for (const width of [360, 800])
    await expectHelpUnderItsButton(popup.page, width, `popup ${width}px`);
  const manager = await ManagerPage.open(context, extensionId);
  for (const width of [360, 800])
    await expectHelpUnderItsButton(manager.page, width, `manager ${width}px`);
});

test('a popup row’s Copy, Edit and Delete never cover its flags, at 360 and 800 px', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  await page.goto(servers.url('a.test', '/'));
  const popup = await PopupPage.openAsTab(
    context,
    extensionId,
    await PopupPage.tabIdOf(context, page),
  );
  const ui = new WorkbenchUi(popup.page);
  for (const width of [360, 800]) {
    await popup.page.setViewportSize({ width, height: 600 });
    // Selected (Space) and focused: its buttons show; hovered as well, for good measure.
    const row = ui.row('sid');
    await row.focus();
    await popup.page.keyboard.press('Space');
    await expect(row).toHaveAttribute('data-selected', 'true');
    await row.getByTestId('cookie-name').hover();
    const flags = row.getByTestId('cookie-flags').locator(':scope > .cell');
    await expect(flags).toHaveCount(4);
    await expect(row.getByTestId('flag-httponly')).toBeVisible();
    const buttons = row.locator('.c-actions button');
    await expect(buttons).toHaveCount(3);
    for (const button of await buttons.all()) {
      const b = await boxOf(button);
      for (const flag of await flags.all()) {
        const f = await flag.boundingBox();
        if (!f || f.width === 0) continue;
        const name = `${await button.textContent()} over ${await flag.getAttribute('class')}`;
        expect(intersects(b, f), `${width}px: ${name}`).toBe(false);
      }
      expect(
        b.x + b.width,
        `${width}px: ${await button.textContent()} on screen`,
      ).toBeLessThanOrEqual(width);
    }
    await expectNoSidewaysScroll(popup.page, `popup ${width}px`);
    // Its question as well.
    await row.getByTestId('delete-button').click();
    const question = row.locator('.c-actions button');
    for (const button of await question.all()) {
      const b = await boxOf(button);
      for (const flag of await flags.all()) {
        const f = await flag.boundingBox();
        if (f && f.width > 0)
          expect(intersects(b, f), `${width}px: question over a flag`).toBe(false);
      }
    }
    await popup.page.keyboard.press('Escape');
    await expect(row.getByTestId('delete-button')).toBeVisible();
  }
});

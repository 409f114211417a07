import type { Locator, Page } from '@playwright/test';
import { maxCookiesPerSite } from '../src/cookies/validate-cookie';
import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup-page';
import { WorkbenchUi } from './pages/workbench-ui';

// Chrome keeps at most 180 cookies a site: the popup must cope with a full one.
const count = maxCookiesPerSite;
const names = Array.from({ length: count }, (_, i) => `c${String(i).padStart(3, '0')}`);

/** The data-name of the focused row, if a row has the focus. */
const focusedName = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-name') ?? null);

/** Scrolls the list with the mouse wheel, as a user would, until `row` is rendered. */
async function scrollUntil(page: Page, list: Locator, row: Locator): Promise<void> {
  await list.hover();
  for (let i = 0; i < 60 && (await row.count()) === 0; i++) await page.mouse.wheel(0, 600);
}

test.beforeEach(async ({ serviceWorker }) => {
  await serviceWorker.evaluate(async (names) => {
    const now = Math.floor(Date.now() / 1000);
    await Promise.all(
      names.map((name, i) =>
        chrome.cookies.set({
          url: 'http://a.test/',
          name,
          value: `value-${i}`,
          ...(i % 2 === 0 ? { expirationDate: now + 3600 } : {}),
        }),
      ),
    );
  }, names);
});

test('a site with 180 cookies: the popup counts all, renders a window of rows, and any row is reachable', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  await page.goto(servers.url('a.test', '/'));
  const popup = await PopupPage.open(context, extensionId, page);
  const ui = new WorkbenchUi(popup.page);
  await ui.waitLoaded();
  expect(await ui.counts()).toEqual({ session: 90, persistent: 90 });
  const list = popup.page.getByTestId('cookie-list');
  await expect(list).toHaveAttribute('data-count', String(count));
  // Virtualised: only the rows near the visible part of the list exist.
  const rendered = await ui.rows.count();
  expect(rendered).toBeGreaterThan(3);
  expect(rendered).toBeLessThan(40);
  await expect(ui.rows.first()).toHaveAttribute('aria-setsize', String(count));
  await expect(ui.rows.first()).toHaveAttribute('data-name', 'c000');

  // Scrolled to the end, the last cookies are there and the first ones are gone.
  await scrollUntil(popup.page, list, ui.row('c179'));
  await expect(ui.row('c179')).toBeVisible();
  await expect(ui.row('c179')).toHaveAttribute('aria-posinset', String(count));
  await expect(ui.row('c000')).toHaveCount(0);

  // The filter works on all 180, not on the rendered window.
  await ui.filter('c042');
  await expect(ui.rows).toHaveCount(1);
  await expect(ui.row('c042').getByTestId('cookie-value')).toHaveText('value-42');
  await popup.close();
});

test('keyboard in a long list: arrows, Page Down, End and Home move the focus; Enter edits, Escape comes back; Delete asks, then deletes exactly that cookie', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await page.goto(servers.url('a.test', '/'));
  const popup = await PopupPage.open(context, extensionId, page);
  const ui = new WorkbenchUi(popup.page);
  const keyboard = popup.page.keyboard;
  await ui.waitLoaded();

  // The list is one Tab stop after the header's buttons.
  await popup.page.getByTestId('snapshots-button').focus();
  await keyboard.press('Tab');
  await expect.poll(() => focusedName(popup.page)).toBe('c000');
  await keyboard.press('ArrowDown');
  await expect.poll(() => focusedName(popup.page)).toBe('c001');
  await keyboard.press('PageDown');
  await expect.poll(() => focusedName(popup.page)).not.toBe('c001');
  // A page further down: past the second row, and not at the end.
  const paged = names.indexOf((await focusedName(popup.page)) ?? '');
  expect(paged).toBeGreaterThan(2);
  expect(paged).toBeLessThan(count - 1);
  await keyboard.press('End');
  await expect.poll(() => focusedName(popup.page)).toBe('c179');
  await expect(ui.row('c179')).toBeInViewport();
  await keyboard.press('ArrowUp');
  await expect.poll(() => focusedName(popup.page)).toBe('c178');
  await keyboard.press('Home');
  await expect.poll(() => focusedName(popup.page)).toBe('c000');
  await expect(ui.row('c000')).toBeInViewport();

  // Enter opens the focused cookie's editor; Escape closes it and the focus returns to its row.
  await keyboard.press('End');
  await expect.poll(() => focusedName(popup.page)).toBe('c179');
  await keyboard.press('Enter');
  await expect(ui.form.locator('[name="name"]')).toHaveValue('c179');
  await keyboard.press('Escape');
  await expect(ui.form).toHaveCount(0);
  await expect.poll(() => focusedName(popup.page)).toBe('c179');

  // Delete asks first, with the focus on the answer; Enter deletes exactly that cookie.
  await keyboard.press('Delete');
  await expect(ui.row('c179').getByTestId('confirm-delete')).toBeFocused();
  await keyboard.press('Enter');
  await expect(ui.row('c179')).toHaveCount(0);
  expect(await cookies.all({ name: 'c179' })).toEqual([]);
  expect(await cookies.all({ domain: 'a.test' })).toHaveLength(count - 1);
  // The focus stays in the list, on the row now at the end.
  await expect.poll(() => focusedName(popup.page)).toBe('c178');
  // c179 (odd) was a session cookie.
  await expect(popup.page.getByTestId('count-session')).toHaveText('89');
  await expect(popup.page.getByTestId('count-persistent')).toHaveText('90');
  await popup.close();
});

test('a short list renders every row and has the same keyboard; growing past 40 rows switches it to the virtualised list without losing a row', async ({
  context,
  page,
  extensionId,
  servers,
  serviceWorker,
}) => {
  const setOnB = (from: number, to: number) =>
    serviceWorker.evaluate(
      async ([from, to]) => {
        for (let i = from; i < to; i++)
          await chrome.cookies.set({
            url: 'http://b.test/',
            name: `b${String(i).padStart(2, '0')}`,
            value: String(i),
          });
      },
      [from, to] as const,
    );
  await setOnB(0, 5);
  await page.goto(servers.url('b.test', '/'));
  const popup = await PopupPage.open(context, extensionId, page);
  const ui = new WorkbenchUi(popup.page);
  const keyboard = popup.page.keyboard;
  await ui.waitLoaded();
  await expect(ui.rows).toHaveCount(5);
  await popup.page.getByTestId('snapshots-button').focus();
  await keyboard.press('Tab');
  await expect.poll(() => focusedName(popup.page)).toBe('b00');
  await keyboard.press('End');
  await expect.poll(() => focusedName(popup.page)).toBe('b04');
  await keyboard.press('ArrowUp');
  await expect.poll(() => focusedName(popup.page)).toBe('b03');
  await keyboard.press('Home');
  await expect.poll(() => focusedName(popup.page)).toBe('b00');

  // The page's site gets 45 more: 50 rows, past the limit of 40.
  await setOnB(5, 50);
  const list = popup.page.getByTestId('cookie-list');
  await expect(list).toHaveAttribute('data-count', '50');
  await expect(list).toHaveAttribute('data-loaded', 'true');
  expect(await ui.rows.count()).toBeLessThan(50);
  await scrollUntil(popup.page, list, ui.row('b49'));
  await expect(ui.row('b49')).toBeVisible();
  await expect(ui.row('b49')).toHaveAttribute('aria-posinset', '50');
  await popup.close();
});

import { expect, test } from './fixtures';
import { DevToolsPanel } from './pages/devtools-panel';
import { ManagerPage } from './pages/manager-page';
import { PopupPage } from './pages/popup-page';
import { WorkbenchUi } from './pages/workbench-ui';
import { seriousAxeViolations } from './support/axe-check';
import { timelineEntry } from './support/devtools-timeline';
import { allowInIncognito, navigateIncognitoTab, openIncognitoTab } from './support/incognito';

// Cookie values are attacker-controlled text: the private one looks like markup.
const privateValue = '<img src=x onerror=alert(1)>';
const setCookieUrl = (cookie: string) => `/set?c=${encodeURIComponent(cookie)}`;

test.beforeEach(async ({ context, extensionId }) => {
  await allowInIncognito(context, extensionId);
});

test("a private window's popup lists, edits and deletes only the private store's cookies", async ({
  context,
  extensionId,
  page,
  servers,
  cookies,
}) => {
  await page.goto(servers.url('a.test', setCookieUrl('regular=r1; Path=/')));
  const regularTabId = await PopupPage.tabIdOf(context, page);
  const { tabId: privateTabId } = await openIncognitoTab(
    context,
    servers.url('a.test', setCookieUrl(`private=${privateValue}; Path=/`)),
  );
  // The page set it in the incognito store, not the regular one.
  expect((await cookies.all({ storeId: '1' })).map((c) => [c.name, c.value])).toEqual([
    ['private', privateValue],
  ]);

  const privatePopup = await PopupPage.openAsTab(context, extensionId, privateTabId);
  const privateUi = new WorkbenchUi(privatePopup.page);
  expect((await privateUi.summaries()).map((row) => row.name)).toEqual(['private']);
  await expect(privatePopup.page.getByTestId('tab-store')).toHaveText('Private window');

  const regularPopup = await PopupPage.openAsTab(context, extensionId, regularTabId);
  const regularUi = new WorkbenchUi(regularPopup.page);
  expect((await regularUi.summaries()).map((row) => row.name)).toEqual(['regular']);
  await expect(regularPopup.page.getByTestId('tab-store')).toHaveCount(0);

  await privateUi.editCookie(privateUi.row('private'), { value: 'edited' });
  await expect
    .poll(async () => (await cookies.all({ storeId: '1' })).map((c) => [c.name, c.value]))
    .toEqual([['private', 'edited']]);
  expect((await cookies.all({ storeId: '0' })).map((c) => [c.name, c.value])).toEqual([
    ['regular', 'r1'],
  ]);

  // A cookie of the same name in both stores: deleting the private one leaves the regular one.
  await cookies.set({ url: servers.url('a.test'), name: 'private', value: 'kept', storeId: '0' });
  await privateUi.deleteRow(privateUi.row('private'));
  await expect.poll(async () => (await cookies.all({ storeId: '1' })).length).toBe(0);
  expect((await cookies.all({ storeId: '0' })).map((c) => [c.name, c.value]).sort()).toEqual([
    ['private', 'kept'],
    ['regular', 'r1'],
  ]);
  // The regular popup follows its own store only: it gains the regular "private", nothing else.
  await expect(regularUi.row('private')).toHaveCount(1);
  await expect(privateUi.rows).toHaveCount(0);
});

test("the toolbar popup over a private window shows that window's store", async ({
  context,
  extensionId,
  page,
  servers,
}) => {
  await page.goto(servers.url('a.test', setCookieUrl('regular=r1; Path=/')));
  const { windowId } = await openIncognitoTab(
    context,
    servers.url('a.test', setCookieUrl('private=p1; Path=/')),
  );
  const popup = await PopupPage.openInWindow(context, extensionId, windowId);
  const ui = new WorkbenchUi(popup.page);
  expect((await ui.summaries()).map((row) => row.name)).toEqual(['private']);
  await expect(popup.page.getByTestId('tab-store')).toHaveText('Private window');
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.page.emulateMedia({ colorScheme });
    expect(await seriousAxeViolations(popup.page), colorScheme).toEqual([]);
  }
  // "spanning": extension pages cannot open in a private window, so Chromium opens the manager
  // in a regular one, where it shows both stores.
  const opened = context.waitForEvent('page');
  await popup.page.getByTestId('open-manager').click();
  const manager = new ManagerPage(await opened);
  await manager.waitLoaded();
  await expect(manager.page.locator('[data-testid="site-store"]')).toHaveText([
    'Regular window',
    'Private window',
  ]);
  await popup.close();
});

test("the panel of a private tab lists and times only that store's changes, and the reverse", async ({
  context,
  extensionId,
  page,
  servers,
}) => {
  await page.goto(servers.url('a.test', setCookieUrl('regular=r1; Path=/')));
  const regularTabId = await DevToolsPanel.tabIdOf(context, page);
  const { tabId: privateTabId } = await openIncognitoTab(
    context,
    servers.url('a.test', setCookieUrl('private=p1; Path=/')),
  );
  const privatePanel = await DevToolsPanel.openAsTab(context, extensionId, privateTabId);
  const regularPanel = await DevToolsPanel.openAsTab(context, extensionId, regularTabId);
  const privateUi = new WorkbenchUi(privatePanel.frame);
  expect((await privateUi.summaries()).map((row) => row.name)).toEqual(['private']);
  await expect(privatePanel.frame.getByTestId('tab-store')).toHaveText('Private window');
  await expect(regularPanel.frame.getByTestId('tab-store')).toHaveCount(0);

  // The same site in both windows: each timeline gets its own window's change only.
  await navigateIncognitoTab(
    context,
    privateTabId,
    servers.url('a.test', setCookieUrl('later=private; Path=/')),
  );
  await page.goto(servers.url('a.test', setCookieUrl('later=regular; Path=/')));
  // Each panel has seen its own change (both reached every page in the feed's batches) ...
  await expect(timelineEntry(regularPanel, 'later', 'created')).toContainText('regular');
  await expect(timelineEntry(privatePanel, 'later', 'created')).toContainText('private');
  // ... and not the other window's.
  await expect(timelineEntry(regularPanel, 'later', 'created')).toHaveCount(1);
  await expect(timelineEntry(privatePanel, 'later', 'created')).toHaveCount(1);
});

test('the manager shows both stores apart, filters by store and imports into the one chosen', async ({
  context,
  extensionId,
  page,
  servers,
  cookies,
}) => {
  await page.goto(servers.url('a.test', setCookieUrl('sid=regular; Path=/')));
  await openIncognitoTab(context, servers.url('a.test', setCookieUrl('sid=private; Path=/')));

  const manager = await ManagerPage.open(context, extensionId);
  const groups = manager.page.locator('[data-testid="site-group"][data-site="a.test"]');
  await expect(groups).toHaveCount(2);
  await expect(groups.locator('[data-testid="site-store"]')).toHaveText([
    'Regular window',
    'Private window',
  ]);
  await expect(manager.page.locator('[data-testid="manager-row"][data-store="1"]')).toHaveCount(1);
  await expect(manager.page.locator('[data-testid="manager-row"][data-store="0"]')).toHaveCount(1);

  // The store badges and the store menu in both themes (WCAG AA contrast among the rules).
  for (const colorScheme of ['light', 'dark'] as const) {
    await manager.page.emulateMedia({ colorScheme });
    expect(await seriousAxeViolations(manager.page), colorScheme).toEqual([]);
  }

  await manager.filter('store', '1');
  await expect(manager.rows).toHaveCount(1);
  await expect(manager.rows).toHaveAttribute('data-store', '1');
  await manager.filter('store', '0');
  await expect(manager.rows).toHaveAttribute('data-store', '0');
  await manager.clearFilters();
  await expect(manager.rows).toHaveCount(2);

  // "New…" on the private group writes there, and the editor says so.
  await groups.nth(1).getByTestId('site-new-cookie').click();
  await expect(manager.ui.form.getByTestId('editor-store')).toHaveText('In Private window');
  await manager.ui.fill({ name: 'made', value: 'here', secure: false });
  await manager.ui.save();
  expect((await cookies.all({ storeId: '1' })).map((c) => c.name).sort()).toEqual(['made', 'sid']);

  const dialog = manager.page.getByTestId('import-dialog');
  await manager.page.getByTestId('import-button').click();
  await expect(dialog.getByTestId('import-store-name')).toHaveText([
    'Regular window',
    'Private window',
  ]);
  const json = JSON.stringify([{ name: 'imported', value: '1', domain: 'a.test', path: '/' }]);
  await dialog.getByTestId('import-text').fill(json);
  await dialog.getByTestId('import-preview').click();
  await expect(dialog.getByTestId('import-format')).toContainText('1 importable');
  await dialog.getByRole('radio', { name: 'Private window' }).check();
  await expect(dialog.getByTestId('import-format')).toContainText('1 importable');
  await dialog.getByTestId('import-run').click();
  await expect(dialog.getByTestId('notice')).toContainText('Imported 1 cookie.');
  expect((await cookies.all({ storeId: '1' })).map((c) => c.name).sort()).toEqual([
    'imported',
    'made',
    'sid',
  ]);
  expect((await cookies.all({ storeId: '0' })).map((c) => c.name)).toEqual(['sid']);
});

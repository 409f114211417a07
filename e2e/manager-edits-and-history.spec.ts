import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ManagerPage } from './pages/manager-page';
import type { CookieTestServer } from './support/cookie-test-server';
import { cookiesServerReceives, setCookiesViaServer } from './support/site-cookies';

const byName = (list: chrome.cookies.Cookie[]) =>
  [...list].sort((a, b) => a.name.localeCompare(b.name));

async function serverReceives(page: Page, servers: CookieTestServer, host: string) {
  await page.goto(servers.url(host, '/'));
  return cookiesServerReceives(page, servers.url(host, '/echo'));
}

test('a cookie edited in the manager reaches the server; Undo puts the old one back', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', ['pref=light; Max-Age=600', 'other=1']);
  const before = await cookies.all({ domain: 'a.test' });
  const manager = await ManagerPage.open(context, extensionId);

  await manager.editCookie(manager.row('pref'), { value: 'dark' });
  await expect(manager.notice).toContainText('Saved "pref".');
  await expect(manager.row('pref').getByTestId('cookie-value')).toHaveText('dark');
  expect(await serverReceives(page, servers, 'a.test')).toEqual(
    expect.arrayContaining([
      ['pref', 'dark'],
      ['other', '1'],
    ]),
  );

  await manager.undoLastAction();
  await expect(manager.row('pref').getByTestId('cookie-value')).toHaveText('light');
  // The browser lists cookies in the order they were written: compare as sets.
  expect(byName(await cookies.all({ domain: 'a.test' }))).toEqual(byName(before));
  expect(await serverReceives(page, servers, 'a.test')).toContainEqual(['pref', 'light']);
});

test("a cookie created from a site's header reaches the server", async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', ['existing=1']);
  const manager = await ManagerPage.open(context, extensionId);
  await manager.openNewCookieOn('a.test');
  // The same editor as the popup's, starting on the site's host.
  await expect(manager.ui.form.locator('[name="domain"]')).toHaveValue('a.test');
  await expect(manager.ui.form.locator('[name="path"]')).toHaveValue('/');
  await manager.ui.fill({ name: 'created', value: 'here', secure: false, session: false });
  await manager.ui.save();
  await expect(manager.row('created').getByTestId('cookie-lifetime')).toHaveAttribute(
    'data-lifetime',
    'persistent',
  );
  expect(await manager.groupCounts()).toEqual({ 'a.test': { session: 1, persistent: 1 } });
  expect(await serverReceives(page, servers, 'a.test')).toContainEqual(['created', 'here']);
});

test('the history lists each action with its count and state; undoing from it restores; clearing asks first', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', ['x=1', 'y=2; Max-Age=600']);
  await setCookiesViaServer(page, servers, 'b.test', ['z=3']);
  const manager = await ManagerPage.open(context, extensionId);
  await expect(manager.historyEntries).toHaveCount(0);

  await manager.deleteRow(manager.row('x'));
  await manager.editCookie(manager.row('y'), { value: 'edited', httpOnly: true });
  await manager.select(manager.row('y'));
  await manager.select(manager.row('z'));
  await manager.askBulkDelete();
  await manager.confirmBulkDelete();
  await expect(manager.rows).toHaveCount(0);

  await expect(manager.historyEntries).toHaveCount(3);
  expect(await manager.history()).toEqual([
    { label: 'Deleted 2 cookies', count: '2 cookies', undone: false },
    { label: 'Edited "y"', count: '1 cookie', undone: false },
    { label: 'Deleted "x"', count: '1 cookie', undone: false },
  ]);
  // Each entry names its sites and what changed, old → new.
  expect(await manager.historyChanges()).toEqual([
    { sites: 'a.test, b.test', diff: [], tally: '2 deleted' },
    { sites: 'a.test', diff: ['Value 2 → edited', 'HttpOnly off → on'], tally: '' },
    { sites: 'a.test', diff: ['Cookie x=1 → none'], tally: '' },
  ]);

  await manager.undoFromHistory('Deleted "x"');
  await expect(manager.notice).toHaveText('Undone "Deleted "x"": 1 cookie restored.');
  await expect(manager.row('x')).toHaveCount(1);
  await manager.undoFromHistory('Deleted 2 cookies');
  await expect(manager.row('z')).toHaveCount(1);
  // The bulk delete took the edited y: that is what comes back.
  await expect(manager.row('y').getByTestId('cookie-value')).toHaveText('edited');
  expect(await manager.history()).toEqual([
    { label: 'Deleted 2 cookies', count: '2 cookies', undone: true },
    { label: 'Edited "y"', count: '1 cookie', undone: false },
    { label: 'Deleted "x"', count: '1 cookie', undone: true },
  ]);
  expect(await serverReceives(page, servers, 'a.test')).toEqual(
    expect.arrayContaining([
      ['x', '1'],
      ['y', 'edited'],
    ]),
  );

  const kept = await cookies.all();
  await manager.clearHistory();
  await expect(manager.notice).toHaveText(
    'Cleared 3 past actions and the cookie values kept for them.',
  );
  expect(await cookies.all()).toEqual(kept);
});

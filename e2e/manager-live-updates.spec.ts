import { expect, test } from './fixtures';
import { ManagerPage } from './pages/manager-page';
import { cookiesServerReceives, setCookiesViaServer } from './support/site-cookies';

test('a cookie a page sets while the manager is open appears by itself; search, filters, selection, an open edit and unchanged rows are kept', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', ['seen=1', 'other=2']);
  await setCookiesViaServer(page, servers, 'b.test', ['bystander=3']);
  await page.goto(servers.url('a.test', '/'));
  const manager = await ManagerPage.open(context, extensionId);
  await manager.search('/^(fresh|seen|bystander)/');
  await manager.filter('secure', 'no');
  await manager.select(manager.row('bystander'));
  await manager.tagRow(manager.row('bystander'), 'original element');
  await manager.ui.openEditor(manager.row('seen'));
  await manager.ui.fill({ value: 'typing' });

  await page.evaluate(() => {
    document.cookie = 'fresh=from-page; max-age=60';
  });
  await expect(manager.row('fresh')).toHaveCount(1);
  expect(await manager.shownRows()).toEqual(['fresh@a.test', 'seen@a.test', 'bystander@b.test']);
  await expect(manager.searchBox).toHaveValue('/^(fresh|seen|bystander)/');
  await expect(manager.checkbox(manager.row('bystander'))).toBeChecked();
  expect(await manager.rowTag(manager.row('bystander'))).toBe('original element');
  await expect(manager.ui.form.locator('[name="value"]')).toHaveValue('typing');

  // A change to a cookie shows too, and a removed one goes.
  await page.evaluate(() => {
    document.cookie = 'fresh=changed; max-age=60';
  });
  await expect(manager.row('fresh').getByTestId('cookie-value')).toHaveText('changed');
  await page.evaluate(() => {
    document.cookie = 'fresh=; max-age=0';
  });
  await expect(manager.row('fresh')).toHaveCount(0);

  // The edit typed before all that is saved as typed.
  await manager.ui.save();
  expect(await cookiesServerReceives(page, servers.url('a.test', '/echo'))).toContainEqual([
    'seen',
    'typing',
  ]);
});

test('a burst of cookies from a page shows up in full', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  await page.goto(servers.url('c.test', '/'));
  const manager = await ManagerPage.open(context, extensionId);
  await manager.search('burst');
  const renders = await manager.countListUpdates();
  await page.evaluate(() => {
    for (let i = 0; i < 40; i++) document.cookie = `burst${i}=${i}`;
  });
  await expect(manager.matchCount).toHaveText('40 cookies');
  expect(await manager.groupCounts()).toEqual({ 'c.test': { session: 40, persistent: 0 } });
  // 40 changes, re-listed once per burst: not 40 times (the feed may split the burst in two).
  expect(await renders()).toBeLessThanOrEqual(3);
});

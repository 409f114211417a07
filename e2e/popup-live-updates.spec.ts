import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup-page';
import { WorkbenchUi } from './pages/workbench-ui';
import { setCookiesViaServer } from './support/site-cookies';

test('cookies the page sets, changes and deletes while the popup is open show up by themselves', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', ['existing=1']);
  await page.goto(servers.url('a.test', '/'));
  const popup = await PopupPage.open(context, extensionId, page);
  const ui = new WorkbenchUi(popup.page);
  await expect(ui.rows).toHaveCount(1);
  // An edit in progress and the filter survive the live update.
  await ui.filter('e');

  await page.evaluate(() => {
    document.cookie = 'fresh=from-script; max-age=60';
  });
  await expect(ui.row('fresh')).toHaveCount(1);
  await expect(ui.row('fresh').getByTestId('cookie-lifetime')).toHaveAttribute(
    'data-lifetime',
    'persistent',
  );

  await page.evaluate(() => {
    document.cookie = 'existing=changed';
  });
  await expect(ui.row('existing').getByTestId('cookie-value')).toHaveText('changed');

  await page.evaluate(() => fetch('/set?c=fetched%3D1', { credentials: 'include' }));
  await expect(ui.row('fetched')).toHaveCount(1);

  await page.evaluate(() => {
    document.cookie = 'fresh=; max-age=0';
  });
  await expect(ui.row('fresh')).toHaveCount(0);
  await expect(popup.page.getByTestId('filter-input')).toHaveValue('e');
  await popup.close();
});

test('an edit in progress is kept while other cookies change', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', ['target=1']);
  await page.goto(servers.url('a.test', '/'));
  const popup = await PopupPage.open(context, extensionId, page);
  const ui = new WorkbenchUi(popup.page);
  await ui.openEditor(ui.row('target'));
  await ui.fill({ value: 'typing' });
  await page.evaluate(() => {
    document.cookie = 'noise=1';
  });
  await expect(ui.row('noise')).toHaveCount(1);
  await expect(ui.form.locator('[name="value"]')).toHaveValue('typing');
  await ui.save();
  await expect(ui.row('target').getByTestId('cookie-value')).toHaveText('typing');
  await popup.close();
});

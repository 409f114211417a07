import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup-page';
import { WorkbenchUi } from './pages/workbench-ui';
import { cookiesServerReceives, setCookiesViaServer } from './support/site-cookies';

// The site changes the cookie whose editor is open (a script here; a response works the same
// way: both reach the extension as cookie change events). Nothing the site wrote may be lost,
// and nothing the user typed.

test('a flag edit saved after the site rewrote the cookie keeps the site value and expiry', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', ['sid=v1; Max-Age=3600; SameSite=Lax']);
  await page.goto(servers.url('a.test', '/'));
  const popup = await PopupPage.open(context, extensionId, page);
  const ui = new WorkbenchUi(popup.page);
  await ui.openEditor(ui.row('sid'));

  await page.evaluate(() => {
    document.cookie = 'sid=v2; max-age=7200; samesite=lax';
  });
  await expect(ui.browserChanges).toContainText('Changed in the browser since you opened it');
  await expect(ui.browserChanges).toContainText('value, expiry');
  await expect(ui.form.locator('[name="value"]')).toHaveValue('v2');

  await ui.fill({ sameSite: 'strict' });
  await ui.save();
  const [after] = await cookies.all({ name: 'sid' });
  expect(after).toMatchObject({ value: 'v2', sameSite: 'strict' });
  // The site's new expiry (2 h), not the one the editor opened with (1 h).
  expect((after?.expirationDate ?? 0) - Date.now() / 1000).toBeGreaterThan(7000);
  expect(await cookiesServerReceives(page, servers.url('a.test', '/echo'))).toEqual([
    ['sid', 'v2'],
  ]);
  await popup.close();
});

test('a value both the user and the site changed is not written until the user chooses', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', ['sid=v1; Max-Age=3600']);
  await page.goto(servers.url('a.test', '/'));
  const popup = await PopupPage.open(context, extensionId, page);
  const ui = new WorkbenchUi(popup.page);
  await ui.openEditor(ui.row('sid'));
  await ui.fill({ value: 'mine' });

  await page.evaluate(() => {
    document.cookie = 'sid=from-the-site; max-age=3600';
  });
  const conflict = ui.conflict('value');
  await expect(conflict.browserValue).toHaveText('from-the-site');
  await expect(ui.form.locator('[name="value"]')).toHaveValue('mine');
  expect(await ui.saveExpectingRefusal()).toMatch(/Choose, for the value/);
  expect((await cookies.all({ name: 'sid' }))[0]?.value).toBe('from-the-site');

  await conflict.keepMine();
  await expect(conflict.note).toHaveCount(0);
  await ui.save();
  expect((await cookies.all({ name: 'sid' })).map((c) => c.value)).toEqual(['mine']);

  // The other choice: take the browser's value.
  await ui.openEditor(ui.row('sid'));
  await ui.fill({ value: 'second try' });
  await page.evaluate(() => {
    document.cookie = 'sid=site-again; max-age=3600';
  });
  await ui.conflict('value').takeBrowsers();
  await expect(ui.form.locator('[name="value"]')).toHaveValue('site-again');
  await ui.fill({ httpOnly: true });
  await ui.save();
  expect((await cookies.all({ name: 'sid' }))[0]).toMatchObject({
    value: 'site-again',
    httpOnly: true,
  });
  await popup.close();
});

test('the editor says when its cookie was deleted underneath it; saving creates it again', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', ['sid=v1; Max-Age=3600', 'other=1']);
  await page.goto(servers.url('a.test', '/'));
  const popup = await PopupPage.open(context, extensionId, page);
  const ui = new WorkbenchUi(popup.page);
  await ui.openEditor(ui.row('sid'));
  await page.evaluate(() => {
    document.cookie = 'sid=; max-age=0';
  });
  await expect(ui.browserChanges).toContainText('This cookie was deleted in the browser');
  await expect(ui.row('sid')).toHaveCount(0);
  await ui.fill({ value: 'back' });
  await ui.save();
  expect((await cookies.all({ name: 'sid' })).map((c) => c.value)).toEqual(['back']);
  await popup.close();
});

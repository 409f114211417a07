import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup-page';
import { WorkbenchUi } from './pages/workbench-ui';
import { cookiesServerReceives, setCookiesViaServer } from './support/site-cookies';

test('a session cookie and a persistent one created in the popup reach the server', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await page.goto(servers.url('a.test', '/'));
  const popup = await PopupPage.open(context, extensionId, page);
  const ui = new WorkbenchUi(popup.page);
  await ui.waitLoaded();
  await expect(popup.page.getByTestId('empty-list')).toHaveText('No cookies on a.test.');

  await ui.createCookie({ name: 'visit', value: 'first' });
  await ui.openNewCookie();
  // A new cookie defaults to host-only on the page's host, path /, not Secure on http.
  await expect(ui.form.locator('[name="domain"]')).toHaveValue('a.test');
  await expect(ui.form.locator('[name="path"]')).toHaveValue('/');
  await expect(ui.form.locator('[name="hostOnly"]')).toBeChecked();
  await expect(ui.form.locator('[name="secure"]')).not.toBeChecked();
  await ui.fill({ name: 'kept', value: 'yes', session: false });
  // The default expiry of a persistent cookie is in the future, never "now".
  const expires = await ui.form.locator('[name="expires"]').inputValue();
  expect(await popup.page.evaluate((v) => new Date(v).getTime(), expires)).toBeGreaterThan(
    Date.now() + 29 * 86_400_000,
  );
  await ui.save();

  await expect(ui.row('visit').getByTestId('cookie-lifetime')).toHaveAttribute(
    'data-lifetime',
    'session',
  );
  // The default 30 days, a few seconds short by now, rounds to the nearest unit.
  await expect(ui.row('kept').getByTestId('cookie-lifetime')).toContainText('in 1 month');
  expect(await ui.counts()).toEqual({ session: 1, persistent: 1 });
  const received = await cookiesServerReceives(page, servers.url('a.test', '/echo'));
  expect(received).toEqual(
    expect.arrayContaining([
      ['visit', 'first'],
      ['kept', 'yes'],
    ]),
  );
  expect((await cookies.all({ name: 'kept' }))[0]).toMatchObject({
    session: false,
    hostOnly: true,
    sameSite: 'lax',
  });
  await popup.close();
});

test('deleting one cookie removes exactly that one', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', [
    'dup=root; Path=/',
    'dup=app; Path=/app',
    'other=1',
  ]);
  await page.goto(servers.url('a.test', '/app/page'));
  const popup = await PopupPage.open(context, extensionId, page);
  const ui = new WorkbenchUi(popup.page);
  const row = ui.row('dup', { path: '/app' });
  // Deleting asks first; "Keep" keeps.
  await row.getByTestId('delete-button').click();
  await row.getByTestId('cancel-delete').click();
  await expect(row).toHaveCount(1);
  await ui.deleteRow(row);

  const received = await cookiesServerReceives(page, servers.url('a.test', '/app/echo'));
  expect(received).not.toContainEqual(['dup', 'app']);
  // chrome.cookies.remove({url, name}) would have taken dup=root too.
  expect(received).toEqual(
    expect.arrayContaining([
      ['dup', 'root'],
      ['other', '1'],
    ]),
  );
  expect(
    (await cookies.all({ domain: 'a.test' })).map((c) => `${c.name}=${c.value}`).sort(),
  ).toEqual(['dup=root', 'other=1']);
  await popup.close();
});

test('delete all asks first, then removes every cookie of the site and nothing else', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', [
    'a1=1',
    'a2=2; Max-Age=600',
    'a3=3; Domain=a.test; Path=/x',
  ]);
  await setCookiesViaServer(page, servers, 'sub.a.test', ['a4=4']);
  await setCookiesViaServer(page, servers, 'b.test', ['b1=1', 'b2=2; Max-Age=600']);
  const otherSite = await cookies.all({ domain: 'b.test' });

  await page.goto(servers.url('a.test', '/'));
  const popup = await PopupPage.open(context, extensionId, page);
  const ui = new WorkbenchUi(popup.page);
  await expect(ui.rows).toHaveCount(4);
  await popup.page.getByTestId('delete-all-button').click();
  await expect(popup.page.getByTestId('delete-all-confirmation')).toContainText(
    'Delete all 4 cookies of a.test',
  );
  await popup.page.getByTestId('cancel-delete-all').click();
  await expect(ui.rows).toHaveCount(4);

  await ui.deleteAll();
  await expect(popup.page.getByTestId('notice')).toContainText('Deleted 4 cookies of a.test.');
  await expect(ui.rows).toHaveCount(0);
  expect(await cookies.all({ domain: 'a.test' })).toEqual([]);
  expect(await cookiesServerReceives(page, servers.url('a.test', '/echo'))).toEqual([]);
  expect(await cookies.all({ domain: 'b.test' })).toEqual(otherSite);
  await popup.close();
});

test('undo after delete all restores every cookie exactly', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', [
    'u1=1; Max-Age=600; HttpOnly; SameSite=Strict',
    'u2=2; Domain=a.test; Path=/x',
    'u3=3',
  ]);
  await setCookiesViaServer(page, servers, 'a.test', ['u4=4; Secure; SameSite=None; Max-Age=900'], {
    https: true,
  });
  const before = await cookies.all({ domain: 'a.test' });
  await page.goto(servers.url('a.test', '/'));
  const popup = await PopupPage.open(context, extensionId, page);
  const ui = new WorkbenchUi(popup.page);
  await ui.deleteAll();
  await expect(ui.rows).toHaveCount(0);
  expect(await cookies.all({ domain: 'a.test' })).toEqual([]);

  await popup.page.getByTestId('undo-button').click();
  await expect(popup.page.getByTestId('notice')).toHaveText('Undone: 4 cookies restored.');
  await expect(ui.rows).toHaveCount(4);
  const sort = (list: chrome.cookies.Cookie[]) =>
    [...list].sort((a, b) => a.name.localeCompare(b.name));
  expect(sort(await cookies.all({ domain: 'a.test' }))).toEqual(sort(before));
  expect(await cookiesServerReceives(page, servers.url('a.test', '/echo'))).toEqual(
    expect.arrayContaining([
      ['u1', '1'],
      ['u3', '3'],
    ]),
  );
  await popup.close();
});

test('undo after an edit puts the old cookie back', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', ['orig=1; Max-Age=600']);
  const before = await cookies.all({ domain: 'a.test' });
  await page.goto(servers.url('a.test', '/'));
  const popup = await PopupPage.open(context, extensionId, page);
  const ui = new WorkbenchUi(popup.page);
  await ui.editCookie(ui.row('orig'), { name: 'renamed', value: '2' });
  await expect(ui.row('renamed')).toHaveCount(1);
  await popup.page.getByTestId('undo-button').click();
  await expect(ui.row('orig')).toHaveCount(1);
  await expect(ui.row('renamed')).toHaveCount(0);
  expect(await cookies.all({ domain: 'a.test' })).toEqual(before);
  await popup.close();
});

// The value inspector and the security audit as a user meets them: a local https site sets the
// cookies real frameworks write (a JWT, Django's signed cookie and signed-cookie session, a Flask
// session, an Express-signed value, Python's quoting), and the real popup and DevTools panel show
// what each holds, what is wrong with it, and re-sign an edit the server then accepts.
import { createHash, createHmac } from 'node:crypto';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { DevToolsPanel } from './pages/devtools-panel';
import { ManagerPage } from './pages/manager-page';
import { PopupPage } from './pages/popup-page';
import { WorkbenchUi } from './pages/workbench-ui';
import {
  cookieSessionPair,
  djangoSessionCookie,
  djangoSignedCookie,
  expressSignedCookie,
  flaskSessionCookie,
  frameworkSecret,
  jwt,
  pythonQuoted,
} from './support/framework-cookies';
import { cookiesServerReceives, setCookiesViaServer } from './support/site-cookies';

const now = Math.floor(Date.now() / 1000);
const site = 'a.test';

const [cart, cartSig] = cookieSessionPair('cart', { items: ['sku-1'] });
const frameworkCookies = [
  `cart=${cart}; Path=/; Secure; HttpOnly`,
  `cart.sig=${cartSig}; Path=/; Secure; HttpOnly`,
  // Readable by scripts and expired an hour ago.
  `token=${jwt({ sub: 'ada', exp: now - 3600 })}; Path=/; Secure`,
  `unsigned=${jwt({ sub: 'eve' }, 'none')}; Path=/; Secure; HttpOnly`,
  `color=${djangoSignedCookie('color', 'blue', now)}; Path=/; Secure`,
  `sessionid=${djangoSessionCookie({ _auth_user_id: '42' }, now)}; Path=/; Secure; HttpOnly; SameSite=Lax`,
  `session=${flaskSessionCookie({ user: 'ada' }, now)}; Path=/; Secure; HttpOnly`,
  `sid=${expressSignedCookie('ada')}; Path=/; Secure; HttpOnly; SameSite=Strict`,
  `greeting=${pythonQuoted('café; ok')}; Path=/; Secure`,
];

async function details(ui: WorkbenchUi, name: string): Promise<Locator> {
  await ui.row(name).click();
  const pane = ui.root.getByTestId('cookie-details');
  await expect(pane.getByTestId('details-name')).toHaveText(name);
  return pane;
}

test('the popup decodes each framework value, audits it, and re-signs an edit the server accepts', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  await setCookiesViaServer(page, servers, site, frameworkCookies, { https: true });
  expect(pythonQuoted('café; ok')).toBe('"caf\\351\\073 ok"');
  const tabId = await PopupPage.tabIdOf(context, page);
  const popup = await PopupPage.openAsTab(context, extensionId, tabId);
  const ui = new WorkbenchUi(popup.page);
  await ui.waitLoaded();
  const received = () => cookiesServerReceives(page, servers.url(site, '/echo', { https: true }));

  // The site's audit in one line; rows with warnings carry a quiet mark.
  await expect(ui.root.getByTestId('site-audit')).toContainText(/\d+ warnings?/);
  await expect(ui.row('token').getByTestId('audit-marker')).toBeVisible();
  await expect(ui.row('sid').getByTestId('audit-marker')).toHaveCount(0);

  // A JWT: its claims with "expired", and the audit's reasons with their rules.
  let pane = await details(ui, 'token');
  await expect(pane.getByTestId('inspect-summary')).toHaveText('Read as jwt → json');
  await expect(pane.getByTestId('jwt-claims')).toContainText('expired');
  const tokenFindings = pane.getByTestId('audit-finding');
  await expect(tokenFindings.filter({ hasText: 'HttpOnly' })).toHaveAttribute(
    'data-severity',
    'warning',
  );
  await expect(pane.locator('[data-rule="jwt-expired"]')).toBeVisible();
  // Its payload edited and re-signed (HS256) with the secret: the server can verify the token.
  await pane.getByTestId('inspect-secret').fill(frameworkSecret);
  await pane.getByTestId('inspect-edit').fill(JSON.stringify({ sub: 'ada', exp: now + 3600 }));
  await pane.getByTestId('inspect-use').click();
  await ui.save();
  await expect(pane.locator('[data-rule="jwt-expired"]')).toHaveCount(0);
  const token = (await received()).find(([name]) => name === 'token')?.[1] ?? '';
  const [head, body, mac] = token.split('.');
  expect(JSON.parse(Buffer.from(body ?? '', 'base64url').toString())).toEqual({
    sub: 'ada',
    exp: now + 3600,
  });
  expect(mac).toBe(
    createHmac('sha256', frameworkSecret).update(`${head}.${body}`).digest('base64url'),
  );

  pane = await details(ui, 'unsigned');
  await expect(pane.locator('[data-rule="jwt-alg-none"]')).toHaveAttribute(
    'data-severity',
    'warning',
  );

  // Django's signed cookie: signed when, the secret checked, and an edit re-signed.
  pane = await details(ui, 'color');
  await expect(pane.locator('[data-format="django-timestamp-signed"]')).toBeVisible();
  await expect(pane.getByTestId('signed-at')).toBeVisible();
  await expect(pane.getByTestId('signed-note')).toContainText('re-signed');
  await pane.getByTestId('inspect-secret').fill('not the secret');
  await pane.getByTestId('inspect-verify').click();
  await expect(pane.getByTestId('inspect-status')).toHaveText(/does not match/);
  await pane.getByTestId('inspect-secret').fill(frameworkSecret);
  await pane.getByTestId('inspect-verify').click();
  await expect(pane.getByTestId('inspect-status')).toHaveText(/secret matches/);
  await expect(pane.getByTestId('inspect-edit')).toHaveValue('blue');
  await pane.getByTestId('inspect-edit').fill('green');
  await pane.getByTestId('inspect-use').click();
  await ui.save();
  // What the server receives is a value Django's own check accepts: green, re-stamped and
  // signed with the key Django uses for signed cookies.
  const color = (await received()).find(([name]) => name === 'color')?.[1] ?? '';
  const [value, stamp, signature] = color.split(':');
  expect(value).toBe('green');
  const key = createHash('sha256')
    .update(`colorsigner${`django.http.cookies${frameworkSecret}`}`)
    .digest();
  expect(signature).toBe(
    createHmac('sha256', key).update(`green:${stamp}`).digest().toString('base64url'),
  );

  // Django's signed-cookie session (compressed or not), Flask's session: their JSON.
  pane = await details(ui, 'sessionid');
  await expect(pane.locator('[data-format="django-session"]')).toBeVisible();
  await expect(pane.getByTestId('value-inspector')).toContainText('_auth_user_id');
  pane = await details(ui, 'session');
  await expect(pane.locator('[data-format="flask-session"]')).toBeVisible();
  await expect(pane.getByTestId('value-inspector')).toContainText('ada');

  // Express's s:value.signature, URL-encoded as Express sends it.
  pane = await details(ui, 'sid');
  await expect(pane.getByTestId('inspect-summary')).toHaveText('Read as percent → express-signed');
  await expect(pane.locator('[data-format="express-signed"]')).toBeVisible();
  await expect(pane.getByTestId('inspect-edit')).toHaveValue('ada');

  // cookie-session: the value signed by its .sig sibling, checked with the secret.
  pane = await details(ui, 'cart');
  await expect(pane.locator('[data-format="cookie-session"]')).toBeVisible();
  await expect(pane.getByTestId('value-inspector')).toContainText('sku-1');
  await pane.getByTestId('inspect-secret').fill(frameworkSecret);
  await pane.getByTestId('inspect-verify').click();
  await expect(pane.getByTestId('inspect-status')).toHaveText(/secret matches/);

  // Python's quoting: what Django reads.
  pane = await details(ui, 'greeting');
  await expect(pane.getByTestId('server-reads')).toContainText('café; ok');

  // has:warning lists exactly the cookies with a warning mark.
  await ui.filter('has:warning');
  await expect(ui.row('token')).toBeVisible();
  await expect(ui.row('unsigned')).toBeVisible();
  await expect(ui.row('sid')).toHaveCount(0);
  await ui.filter('-has:warning');
  await expect(ui.row('sid')).toBeVisible();
  await expect(ui.row('token')).toHaveCount(0);
  await popup.close();
});

test('the DevTools panel shows the same decoded value and findings', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  await setCookiesViaServer(page, servers, site, frameworkCookies, { https: true });
  const tabId = await DevToolsPanel.tabIdOf(context, page);
  const panel = await DevToolsPanel.openAsTab(context, extensionId, tabId);
  const ui = new WorkbenchUi(panel.frame);
  await ui.waitLoaded();
  const pane = await details(ui, 'token');
  await expect(pane.getByTestId('jwt-claims')).toContainText('expired');
  await expect(pane.getByTestId('audit-finding').filter({ hasText: 'HttpOnly' })).toBeVisible();
  await expect(ui.root.getByTestId('site-audit')).toBeVisible();
  await panel.close();
});

test('the manager marks the same cookies, finds them with has:warning, and shows why', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  await setCookiesViaServer(page, servers, site, frameworkCookies, { https: true });
  const manager = await ManagerPage.open(context, extensionId);
  await expect(manager.row('token').getByTestId('audit-marker')).toBeVisible();
  await expect(manager.row('sid').getByTestId('audit-marker')).toHaveCount(0);
  await manager.search('has:warning');
  await expect(manager.row('sid')).toHaveCount(0);
  await expect(manager.row('token')).toBeVisible();
  await manager.row('token').getByTestId('cookie-name').click();
  const pane = manager.page.getByTestId('cookie-details');
  await expect(pane.locator('[data-rule="httponly-missing"]')).toBeVisible();
  await expect(pane.getByTestId('jwt-claims')).toContainText('expired');
  await manager.page.close();
});

test('a long name is cut, never the audit mark beside it', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  const longName = `${'x'.repeat(60)}_session`;
  await setCookiesViaServer(page, servers, site, [`${longName}=v; Path=/; Secure`], {
    https: true,
  });
  const tabId = await PopupPage.tabIdOf(context, page);
  const popup = await PopupPage.openAsTab(context, extensionId, tabId);
  await popup.page.setViewportSize({ width: 360, height: 600 });
  const ui = new WorkbenchUi(popup.page);
  await ui.waitLoaded();
  const mark = ui.row(longName).getByTestId('audit-marker');
  await expect(mark).toBeVisible();
  // Inside its cell, not clipped by it.
  const [cell, box] = [
    await ui.row(longName).locator('.c-name').boundingBox(),
    await mark.boundingBox(),
  ];
  expect(cell && box && box.x + box.width <= cell.x + cell.width + 0.5).toBe(true);
  await popup.close();
});

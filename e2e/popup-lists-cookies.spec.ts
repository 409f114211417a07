import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup-page';
import { WorkbenchUi } from './pages/workbench-ui';
import { setCookiesViaServer } from './support/site-cookies';

test('the real popup lists every cookie of the site, classified, with its flags', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', [
    'plain=1',
    'kept=2; Max-Age=259200',
    'locked=3; HttpOnly',
    'wide=4; Domain=a.test; Max-Age=3600',
    'same=root; Path=/',
    'same=app; Path=/app',
  ]);
  await setCookiesViaServer(page, servers, 'a.test', ['safe=5; Secure; SameSite=None'], {
    https: true,
  });
  await setCookiesViaServer(page, servers, 'sub.a.test', ['deep=6; SameSite=Strict']);
  await setCookiesViaServer(page, servers, 'b.test', ['other=7']);

  await page.goto(servers.url('a.test', '/'));
  const popup = await PopupPage.open(context, extensionId, page);
  const ui = new WorkbenchUi(popup.page);
  await expect(popup.page.getByTestId('site-name')).toHaveText('a.test');

  const rows = await ui.summaries();
  const byKey = new Map(rows.map((r) => [`${r.name}@${r.domain}${r.path}`, r]));
  // Every subdomain and path of the site, and nothing of b.test.
  expect([...byKey.keys()].sort()).toEqual(
    [
      'deep@sub.a.test/',
      'kept@a.test/',
      'locked@a.test/',
      'plain@a.test/',
      'safe@a.test/',
      'same@a.test/',
      'same@a.test/app',
      'wide@.a.test/',
    ].sort(),
  );
  expect(byKey.get('plain@a.test/')).toMatchObject({
    lifetime: 'session',
    flags: ['samesite', 'hostonly'],
  });
  expect(byKey.get('kept@a.test/')?.lifetime).toBe('persistent');
  expect(byKey.get('locked@a.test/')?.flags).toContain('httponly');
  expect(byKey.get('safe@a.test/')?.flags).toEqual(
    expect.arrayContaining(['secure', 'samesite', 'hostonly']),
  );
  expect(byKey.get('wide@.a.test/')).toMatchObject({
    lifetime: 'persistent',
    flags: ['samesite', 'domain'],
  });
  expect(await ui.counts()).toEqual({ session: 6, persistent: 2 });

  // A persistent cookie shows its expiry as a relative time and a local date.
  const kept = ui.row('kept', { domain: 'a.test', path: '/' });
  await expect(kept.getByTestId('cookie-lifetime')).toContainText(/persistent · in [23] days/);
  await expect(kept.getByTestId('cookie-expiry')).toContainText(String(new Date().getFullYear()));
  await expect(ui.row('safe').getByTestId('flag-samesite')).toHaveText('SameSite=None');
  await expect(ui.row('deep').getByTestId('flag-samesite')).toHaveText('SameSite=Strict');

  // Same-name cookies on two paths are two rows, each with its own value.
  await expect(ui.row('same', { path: '/' }).getByTestId('cookie-value')).toHaveText('root');
  await expect(ui.row('same', { path: '/app' }).getByTestId('cookie-value')).toHaveText('app');
  await popup.close();
});

test('the filter narrows by name, value or domain', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', ['alpha=one', 'beta=two', 'gamma=needle']);
  await setCookiesViaServer(page, servers, 'sub.a.test', ['delta=x']);
  await page.goto(servers.url('a.test', '/'));
  const popup = await PopupPage.open(context, extensionId, page);
  const ui = new WorkbenchUi(popup.page);
  await ui.waitLoaded();
  await expect(ui.rows).toHaveCount(4);
  await ui.filter('needle');
  await expect(ui.rows).toHaveCount(1);
  await expect(ui.row('gamma')).toHaveCount(1);
  await ui.filter('sub.a');
  await expect(ui.rows).toHaveCount(1);
  await ui.filter('BETA');
  await expect(ui.row('beta')).toHaveCount(1);
  await ui.filter('nothing-like-this');
  await expect(popup.page.getByTestId('empty-list')).toHaveText('No cookie matches the filter.');
  await popup.close();
});

test('a long value is truncated and shown whole on demand, as text only', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  const hostile = `<img src=x onerror="document.title='pwned'">${'x'.repeat(300)}`;
  await cookies.set({ url: servers.url('a.test', '/'), name: 'evil', value: hostile });
  await page.goto(servers.url('a.test', '/'));
  const popup = await PopupPage.open(context, extensionId, page);
  const ui = new WorkbenchUi(popup.page);
  const value = ui.row('evil').getByTestId('cookie-value');
  await expect(value).toHaveText(hostile);
  await expect(value).toHaveAttribute('aria-expanded', 'false');
  const collapsedHeight = (await value.boundingBox())?.height ?? 0;
  await value.click();
  await expect(value).toHaveAttribute('aria-expanded', 'true');
  expect((await value.boundingBox())?.height ?? 0).toBeGreaterThan(collapsedHeight * 2);
  // Rendered as text: no element was created from the value.
  expect(await popup.page.locator('img').count()).toBe(0);
  expect(await popup.page.title()).toBe('Cookie Workbench');
  await popup.close();
});

test('pages without cookies to show are explained in words', async ({
  context,
  page,
  extensionId,
}) => {
  await page.goto('chrome://version');
  // The real popup: it finds its tab as a user's click does, and sees no url for a browser page
  // (the extension has no `tabs` permission), as it would not for any page it cannot read.
  const popup = await PopupPage.open(context, extensionId, page);
  await expect(popup.page.getByTestId('status-message')).toContainText('browser pages');
  await popup.close();
});

test('a site the user withheld access to is explained instead of shown empty', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  // What the user does in chrome://extensions → Details → Site access → "On click": the page
  // itself calls the private API behind that switch.
  const settings = await context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(
    (id) =>
      (
        globalThis as unknown as {
          chrome: { developerPrivate: { updateExtensionConfiguration(c: object): Promise<void> } };
        }
      ).chrome.developerPrivate.updateExtensionConfiguration({
        extensionId: id,
        hostAccess: 'ON_CLICK',
      }),
    extensionId,
  );
  await settings.close();

  await page.goto(servers.url('a.test', '/'));
  // The real popup: without the `tabs` permission the browser hides a withheld site's address
  // from the extension, so it cannot name the site, but must not call it a browser page either.
  const popup = await PopupPage.open(context, extensionId, page);
  await expect(popup.page.getByTestId('status-message')).toContainText(
    'a site the extension is not allowed to read',
  );
  await popup.close();
});

test('"All cookies…" in the popup opens the manager page', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  await setCookiesViaServer(page, servers, 'b.test', ['elsewhere=1']);
  await page.goto(servers.url('a.test', '/'));
  const popup = await PopupPage.open(context, extensionId, page);
  const opened = context.waitForEvent('page');
  await popup.page.getByTestId('open-manager').click();
  const manager = await opened;
  await manager.waitForURL(`chrome-extension://${extensionId}/extension/manager/manager.html`);
  // The manager shows cookies of other sites than the popup's.
  await expect(manager.locator('[data-testid="manager-row"][data-name="elsewhere"]')).toHaveCount(
    1,
  );
  await popup.close();
});

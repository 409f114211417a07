import { maxExpirySeconds } from '../src/cookies/validate-cookie';
import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup-page';
import { WorkbenchUi } from './pages/workbench-ui';
import { cookiesServerReceives, setCookiesViaServer } from './support/site-cookies';

/** Every attribute but the ones an edit is meant to change. */
function withoutIdentity(
  cookie: chrome.cookies.Cookie,
  ...changed: (keyof chrome.cookies.Cookie)[]
) {
  const copy: Partial<chrome.cookies.Cookie> = { ...cookie };
  for (const key of changed) delete copy[key];
  return copy;
}

test('editing a value in the popup reaches the server, other attributes kept', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', [
    'theme=dark; Max-Age=86400; HttpOnly; SameSite=Strict',
  ]);
  const [before] = await cookies.all({ name: 'theme' });
  if (!before) throw new Error('the server did not set the cookie');
  await page.goto(servers.url('a.test', '/'));
  const popup = await PopupPage.open(context, extensionId, page);
  const ui = new WorkbenchUi(popup.page);
  await ui.editCookie(ui.row('theme'), { value: 'light' });
  await expect(ui.row('theme').getByTestId('cookie-value')).toHaveText('light');

  expect(await cookiesServerReceives(page, servers.url('a.test', '/echo'))).toEqual([
    ['theme', 'light'],
  ]);
  const after = await cookies.all({ name: 'theme' });
  expect(after).toHaveLength(1);
  // The expiry is kept to the fraction of a second, and so is everything else.
  expect(after[0]).toEqual({ ...before, value: 'light' });
  await popup.close();
});

test.describe('identity changes leave exactly one cookie with every other attribute kept', () => {
  const cases: {
    label: string;
    change: Parameters<WorkbenchUi['fill']>[0];
    expected: Partial<chrome.cookies.Cookie>;
    changed: (keyof chrome.cookies.Cookie)[];
    echoPath: string;
  }[] = [
    {
      label: 'rename',
      change: { name: 'renamed' },
      expected: { name: 'renamed' },
      changed: ['name'],
      echoPath: '/app/echo',
    },
    {
      label: 'change path',
      change: { path: '/other' },
      expected: { path: '/other' },
      changed: ['path'],
      echoPath: '/other/echo',
    },
    {
      label: 'make it a domain cookie',
      change: { hostOnly: false },
      expected: { domain: '.a.test', hostOnly: false },
      changed: ['domain', 'hostOnly'],
      echoPath: '/app/echo',
    },
  ];

  for (const { label, change, expected, changed, echoPath } of cases) {
    test(label, async ({ context, page, extensionId, servers, cookies }) => {
      // The edited cookie sits on /app; a same-name cookie on / must survive untouched.
      await setCookiesViaServer(page, servers, 'a.test', [
        'pref=edited; Path=/app; Max-Age=7200; HttpOnly; SameSite=Strict',
        'pref=sibling; Path=/',
      ]);
      const all = await cookies.all({ domain: 'a.test' });
      const before = all.find((c) => c.path === '/app');
      const sibling = all.find((c) => c.path === '/');
      if (!before || !sibling) throw new Error('the server did not set both cookies');

      await page.goto(servers.url('a.test', '/'));
      const popup = await PopupPage.open(context, extensionId, page);
      const ui = new WorkbenchUi(popup.page);
      await ui.editCookie(ui.row('pref', { path: '/app' }), change);

      const after = await cookies.all({ domain: 'a.test' });
      expect(after).toHaveLength(2);
      expect(after).toContainEqual(sibling);
      const moved = after.find((c) => c.value === 'edited');
      expect(moved).toMatchObject(expected);
      expect(withoutIdentity(moved as chrome.cookies.Cookie, ...changed)).toEqual(
        withoutIdentity(before, ...changed),
      );
      await expect(ui.rows).toHaveCount(2);

      // The server sees the moved cookie where it now applies.
      await page.goto(servers.url('a.test', echoPath));
      const received = await cookiesServerReceives(page, servers.url('a.test', echoPath));
      expect(received).toContainEqual([expected.name ?? 'pref', 'edited']);
      await popup.close();
    });
  }

  test('domain cookie back to host-only keeps the host-only cookie of another subdomain', async ({
    context,
    page,
    extensionId,
    servers,
    cookies,
  }) => {
    await setCookiesViaServer(page, servers, 'a.test', ['wide=d; Domain=a.test; Max-Age=600']);
    await setCookiesViaServer(page, servers, 'sub.a.test', ['wide=s']);
    const before = (await cookies.all({ name: 'wide' })).find((c) => !c.hostOnly);
    await page.goto(servers.url('a.test', '/'));
    const popup = await PopupPage.open(context, extensionId, page);
    const ui = new WorkbenchUi(popup.page);
    await ui.editCookie(ui.row('wide', { domain: '.a.test' }), { hostOnly: true });
    const after = await cookies.all({ name: 'wide' });
    expect(after.map((c) => `${c.domain}=${c.value}`).sort()).toEqual(['a.test=d', 'sub.a.test=s']);
    expect(
      withoutIdentity(
        after.find((c) => c.domain === 'a.test') as chrome.cookies.Cookie,
        'domain',
        'hostOnly',
      ),
    ).toEqual(withoutIdentity(before as chrome.cookies.Cookie, 'domain', 'hostOnly'));
    expect(await cookiesServerReceives(page, servers.url('a.test', '/echo'))).toEqual([
      ['wide', 'd'],
    ]);
    await popup.close();
  });
});

test('a persistent cookie can become a session cookie and get a new expiry in local time', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', ['remember=yes; Max-Age=86400']);
  await page.goto(servers.url('a.test', '/'));
  const popup = await PopupPage.open(context, extensionId, page);
  const ui = new WorkbenchUi(popup.page);
  await ui.editCookie(ui.row('remember'), { session: true });
  await expect(ui.row('remember').getByTestId('cookie-lifetime')).toHaveAttribute(
    'data-lifetime',
    'session',
  );
  expect((await cookies.all({ name: 'remember' }))[0]).toMatchObject({ session: true });

  // The datetime field is in the browser's time zone: compute the expected epoch the same way.
  const local = '2030-01-02T03:04:05';
  const expected = await popup.page.evaluate((v) => new Date(v).getTime() / 1000, local);
  await ui.editCookie(ui.row('remember'), { session: false, expires: local });
  const [stored] = await cookies.all({ name: 'remember' });
  expect(stored).toMatchObject({ session: false });
  // 2030 is beyond the 400-day limit: the browser clamps, and the list shows what it stored.
  const limit = Date.now() / 1000 + maxExpirySeconds;
  expect(stored?.expirationDate).toBeCloseTo(Math.min(expected, limit), -1);
  await expect(popup.page.getByTestId('notice')).toContainText('400 days');
  await popup.close();
});

test('the popup works from the keyboard', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', ['kbd=before']);
  await page.goto(servers.url('a.test', '/'));
  const popup = await PopupPage.open(context, extensionId, page);
  const ui = new WorkbenchUi(popup.page);
  const keyboard = popup.page.keyboard;
  await ui.row('kbd').getByTestId('edit-button').focus();
  await keyboard.press('Enter');
  // The form opens with the focus in its first field.
  await expect(ui.form.locator('[name="name"]')).toBeFocused();
  await keyboard.press('Tab');
  await expect(ui.form.locator('[name="value"]')).toBeFocused();
  await keyboard.press('ControlOrMeta+a');
  await keyboard.type('after');
  await keyboard.press('Shift+Tab');
  await keyboard.press('Enter');
  await expect(ui.form).toHaveCount(0);
  await expect(ui.row('kbd').getByTestId('cookie-value')).toHaveText('after');
  expect((await cookies.all({ name: 'kbd' }))[0]?.value).toBe('after');

  // Escape closes a form without saving.
  await ui.row('kbd').getByTestId('edit-button').focus();
  await keyboard.press('Enter');
  await keyboard.type('-discarded');
  await keyboard.press('Escape');
  await expect(ui.form).toHaveCount(0);
  expect((await cookies.all({ name: 'kbd' }))[0]?.name).toBe('kbd');
  await popup.close();
});

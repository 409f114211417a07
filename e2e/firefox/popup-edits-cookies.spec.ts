import { cookiesServerReceives, setCookiesViaServer } from '../support/site-cookies';
import { expect, test } from './fixtures';
import { openPopupForTab } from './pages/extension-pages';
import { FirefoxWorkbench } from './pages/firefox-workbench';
import { tabIdOf } from './support/extension-tab';

test("the popup lists the site's cookies, same-name cookies on two paths as two rows", async ({
  firefox,
  tab,
  extensionPage,
  servers,
}) => {
  await setCookiesViaServer(tab, servers, 'a.test', [
    'pref=app; Path=/app; Max-Age=7200',
    'pref=root; Path=/',
    'theme=dark; Domain=a.test',
  ]);
  await setCookiesViaServer(tab, servers, 'b.test', ['elsewhere=1']);
  await tab.goto(servers.url('a.test', '/app/'));
  const popup = await openPopupForTab(
    firefox,
    servers.url('a.test', '/'),
    await tabIdOf(extensionPage, tab.url()),
  );
  const rows = await new FirefoxWorkbench(popup).summaries();
  expect(rows.map(({ name, domain, path, value }) => [name, domain, path, value]).sort()).toEqual([
    ['pref', 'a.test', '/', 'root'],
    ['pref', 'a.test', '/app', 'app'],
    ['theme', '.a.test', '/', 'dark'],
  ]);
});

test('create, edit every attribute, toggle host-only, delete: loss-free', async ({
  firefox,
  tab,
  extensionPage,
  servers,
  cookies,
}) => {
  await setCookiesViaServer(tab, servers, 'a.test', [
    'pref=edited; Path=/app; Max-Age=7200; HttpOnly; SameSite=Strict',
    'pref=kept; Path=/; Max-Age=7200',
  ]);
  await tab.goto(servers.url('a.test', '/app/'));
  const popup = await openPopupForTab(
    firefox,
    servers.url('a.test', '/'),
    await tabIdOf(extensionPage, tab.url()),
  );
  const ui = new FirefoxWorkbench(popup);
  await ui.waitLoaded();
  const [kept] = await cookies.all({ name: 'pref', path: '/' });

  await ui.createCookie({ name: 'made', value: 'here', path: '/app' });
  expect(await cookies.all({ name: 'made' })).toEqual([
    expect.objectContaining({ domain: 'a.test', hostOnly: true, path: '/app', value: 'here' }),
  ]);

  // Value, flags and SameSite of the /app cookie; its expiry and the / cookie stay as they were.
  const [before] = await cookies.all({ name: 'pref', path: '/app' });
  await ui.editCookie(ui.rowSelector('pref', { path: '/app' }), {
    value: 'changed',
    httpOnly: false,
    sameSite: 'lax',
  });
  expect(await cookies.all({ name: 'pref', path: '/app' })).toEqual([
    { ...before, value: 'changed', httpOnly: false, sameSite: 'lax' },
  ]);
  expect(await cookies.all({ name: 'pref', path: '/' })).toEqual([kept]);

  // Host-only to domain and back: one cookie each time, nothing else changed.
  await ui.editCookie(ui.rowSelector('pref', { path: '/app' }), { hostOnly: false });
  expect(await cookies.all({ name: 'pref', path: '/app' })).toEqual([
    {
      ...before,
      value: 'changed',
      httpOnly: false,
      sameSite: 'lax',
      domain: '.a.test',
      hostOnly: false,
    },
  ]);
  await ui.editCookie(ui.rowSelector('pref', { path: '/app' }), { hostOnly: true });
  expect(await cookies.all({ name: 'pref', path: '/app' })).toEqual([
    { ...before, value: 'changed', httpOnly: false, sameSite: 'lax' },
  ]);
  expect(await cookies.all({ name: 'pref', path: '/' })).toEqual([kept]);

  // Rename and move to another path: an identity change, still exactly one cookie.
  await ui.editCookie(ui.rowSelector('pref', { path: '/app' }), { name: 'moved', path: '/other' });
  expect(await cookies.all({ name: 'pref' })).toEqual([kept]);
  expect(await cookies.all({ name: 'moved' })).toEqual([
    {
      ...before,
      name: 'moved',
      path: '/other',
      value: 'changed',
      httpOnly: false,
      sameSite: 'lax',
    },
  ]);

  await ui.deleteRow(ui.rowSelector('made'));
  expect(await cookies.all({ name: 'made' })).toEqual([]);
  expect(await cookiesServerReceives(tab, servers.url('a.test', '/app/echo'))).toEqual([
    ['pref', 'kept'],
  ]);
});

import type { Page } from '@playwright/test';
import packageJson from '../package.json' with { type: 'json' };
import { expect, test } from './fixtures';
import { PopupPage, popupUrl } from './pages/popup-page';
import type { EchoResponse } from './support/cookie-test-server';

async function echoAt(page: Page, url: string): Promise<EchoResponse> {
  const response = await page.goto(url);
  if (!response) throw new Error(`No response from ${url}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as EchoResponse;
}

test('the extension loads: service worker up, id known', async ({ serviceWorker, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  expect(serviceWorker.url()).toBe(`chrome-extension://${extensionId}/service-worker-loader.js`);
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.name).toBe('Cookie Workbench');
  // The version is written only in package.json; the build puts it in the manifest.
  expect(manifest.version).toBe(packageJson.version);
});

test('the real popup opens over a site and renders', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  const siteUrl = servers.url('a.test', '/');
  await page.goto(siteUrl);
  const popup = await PopupPage.open(context, extensionId, page);
  expect(popup.page.url()).toBe(popupUrl(extensionId));
  await popup.waitFor('#app > *');
  expect(await popup.page.title()).toBe('Cookie Workbench');
  // The popup's "active tab" is the site, which is what the UI will ask for.
  const activeTabUrl = await popup.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    return tab?.url;
  });
  expect(activeTabUrl).toBe(siteUrl);
  await popup.close();
});

test('the popup page also opens as a tab for a given tabId', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  await page.goto(servers.url('a.test', '/'));
  const tabId = await PopupPage.tabIdOf(context, page);
  const popup = await PopupPage.openAsTab(context, extensionId, tabId);
  expect(popup.page.url()).toBe(`${popupUrl(extensionId)}?tabId=${tabId}`);
  await popup.waitFor('#app > *');
  await popup.close();
});

test('the test server answers on http and https under a.test, sub.a.test and b.test', async ({
  page,
  servers,
}) => {
  for (const host of ['a.test', 'sub.a.test', 'b.test']) {
    for (const https of [false, true]) {
      const echo = await echoAt(page, servers.url(host, '/app/echo', { https }));
      expect(echo).toEqual({ host, path: '/app/echo', cookieHeader: '', cookies: [] });
      expect(new URL(page.url()).protocol).toBe(https ? 'https:' : 'http:');
    }
  }
});

test('a Secure; SameSite=None cookie set over https shows in chrome.cookies', async ({
  page,
  servers,
  cookies,
}) => {
  const setCookie = 'sid=<b>"x"</b>; Secure; SameSite=None; Path=/; HttpOnly';
  await page.goto(
    servers.url('a.test', `/set?c=${encodeURIComponent(setCookie)}`, { https: true }),
  );
  // The value is hostile HTML: the page must show it as text.
  await expect(page.locator('#set-cookies li')).toHaveText(setCookie);

  const [cookie, ...others] = await cookies.all({ domain: 'a.test' });
  expect(others).toEqual([]);
  expect(cookie).toMatchObject({
    name: 'sid',
    value: '<b>"x"</b>',
    domain: 'a.test',
    hostOnly: true,
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'no_restriction',
    session: true,
  });

  const overHttps = await echoAt(page, servers.url('a.test', '/echo', { https: true }));
  expect(overHttps.cookies).toEqual([['sid', '<b>"x"</b>']]);
  // Secure: not sent over http.
  expect((await echoAt(page, servers.url('a.test', '/echo'))).cookies).toEqual([]);
});

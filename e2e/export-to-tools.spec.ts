// Exports proven with the tools they are for: the Playwright export loaded into a fresh Playwright
// context sends what the original browser sent; the curl export, run by curl, sends what the
// browser sends to that url; the header export holds no cookie of another partition.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { type Browser, chromium, type Page } from '@playwright/test';
import { hostResolverRules } from '../scripts/chromium-args.mjs';
import { expect, test } from './fixtures';
import { ManagerPage } from './pages/manager-page';
import { addIframe } from './support/add-iframe';
import { type CookieTestServer, parseCookieHeader } from './support/cookie-test-server';
import { chromiumExecutable } from './support/extension-context';
import { setCookiesViaServer } from './support/site-cookies';

test.describe.configure({ timeout: 90_000 });

const curlVersion = (() => {
  try {
    return execFileSync('curl', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  } catch {
    return undefined;
  }
})();

/** Cookies of several kinds, set the way sites set them (and one partitioned, via the API). */
async function seedCookies(
  page: Page,
  servers: CookieTestServer,
  setPartitioned: (details: chrome.cookies.SetDetails) => Promise<unknown>,
) {
  await setCookiesViaServer(
    page,
    servers,
    'www.a.test',
    [
      'host_session=1',
      'host_persistent=2; Max-Age=3600',
      'domain=3; Domain=a.test',
      'app=4; Path=/app',
      'secure=5; Secure',
      'http_only=6; HttpOnly',
      'strict=7; SameSite=Strict',
      'lax=8; SameSite=Lax',
      'none=9; SameSite=None; Secure',
    ],
    { https: true },
  );
  await setCookiesViaServer(page, servers, 'b.test', ['b_none=1; SameSite=None; Secure'], {
    https: true,
  });
  await setPartitioned({
    url: servers.url('b.test', '/', { https: true }),
    name: 'b_chip',
    value: 'in-a',
    secure: true,
    sameSite: 'no_restriction',
    partitionKey: { topLevelSite: 'https://a.test', hasCrossSiteAncestor: true },
  });
}

type Received = Record<string, string[]>;

/** What the servers receive for a few pages, and for a cross-site iframe: `name=value`, sorted. */
async function whatServersReceive(page: Page, servers: CookieTestServer): Promise<Received> {
  const header = async (frame: Page | NonNullable<ReturnType<Page['frame']>>) =>
    parseCookieHeader((await frame.locator('#cookies').textContent()) ?? '')
      .map(([name, value]) => `${name}=${value}`)
      .sort();
  const received: Received = {};
  for (const [host, path, https] of [
    ['www.a.test', '/app/page', true],
    ['www.a.test', '/', false],
    ['a.test', '/', true],
    ['sub.a.test', '/app', true],
  ] as const) {
    const url = servers.url(host, path, { https });
    await page.goto(url);
    received[url.replace(/:\d+/, '')] = await header(page);
  }
  await page.goto(servers.url('www.a.test', '/app/page', { https: true }));
  await addIframe(page, servers.url('b.test', '/frame', { https: true }));
  const frame = page.frames().find((f) => f.url().includes('b.test'));
  if (!frame) throw new Error('The b.test iframe did not load.');
  received['b.test in a frame of a.test'] = await header(frame);
  return received;
}

/** Plain Chromium without the extension, as a Playwright user's tests would run it. */
function launchPlainChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutable(),
    args: [
      `--host-resolver-rules=${hostResolverRules}`,
      '--ignore-certificate-errors',
      '--disable-background-networking',
      '--no-sandbox',
    ],
  });
}

async function exportAll(manager: ManagerPage, format: string): Promise<string> {
  await manager.page.getByTestId('export-format').selectOption(format);
  const preview = manager.page.getByTestId('export-preview');
  await expect(preview).toBeVisible();
  return preview.inputValue();
}

test('the Playwright exports, loaded into a fresh Playwright context, send what the browser sent', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await seedCookies(page, servers, cookies.set);
  const original = await whatServersReceive(page, servers);
  // The matrix means something: each page gets a different set, the frame its partition.
  expect(original['https://www.a.test/app/page']).toHaveLength(9);
  expect(original['http://www.a.test/']).not.toContain('secure=5');
  expect(original['b.test in a frame of a.test']).toEqual(['b_chip=in-a']);

  const manager = await ManagerPage.open(context, extensionId);
  await manager.page.getByTestId('export-button').click();
  await manager.page.locator('[name="exportScope"][value="all"]').check();
  const storageState = JSON.parse(await exportAll(manager, 'playwright-storage-state'));
  const addCookies = JSON.parse(await exportAll(manager, 'playwright-add-cookies'));
  expect(storageState.origins).toEqual([]);
  expect(addCookies).toEqual(storageState.cookies);

  const browser = await launchPlainChromium();
  try {
    const fromState = await browser.newContext({ storageState });
    expect(await whatServersReceive(await fromState.newPage(), servers)).toEqual(original);
    const fromArray = await browser.newContext();
    await fromArray.addCookies(addCookies);
    expect(await whatServersReceive(await fromArray.newPage(), servers)).toEqual(original);
  } finally {
    await browser.close();
  }
});

test('the header export holds what the browser sends to the url from that top-level page', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await seedCookies(page, servers, cookies.set);
  const original = await whatServersReceive(page, servers);

  const manager = await ManagerPage.open(context, extensionId);
  await manager.page.getByTestId('export-button').click();
  await manager.page.locator('[name="exportScope"][value="all"]').check();
  await manager.page.getByTestId('export-format').selectOption('cookie-header');
  const url = manager.page.getByTestId('export-url');
  const preview = manager.page.getByTestId('export-preview');

  // The b.test url visited at top level: its unpartitioned cookie, not a.test's partition.
  await url.fill(servers.url('b.test', '/frame', { https: true }));
  await expect(preview).toHaveValue('b_none=1');
  // The same url requested from an a.test page: what the frame received, the partition only.
  await manager.page
    .getByTestId('export-top-url')
    .fill(servers.url('www.a.test', '/app/page', { https: true }));
  await expect(preview).toHaveValue(
    (original['b.test in a frame of a.test'] as string[]).join('; '),
  );
  await expect(manager.page.getByTestId('export-cross-site-note')).toContainText('cross-site');
});

test('the curl export, run by curl, sends what the browser sent to the page', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  if (!curlVersion)
    throw new Error('curl is not installed (apt-get install curl): cannot run the export.');
  await seedCookies(page, servers, cookies.set);
  // Past 8 KB in all: curl silently sends nothing from a -b string over 4,096 bytes.
  for (const name of ['big1', 'big2', 'big3'])
    await cookies.set({
      url: servers.url('www.a.test', '/', { https: true }),
      name,
      value: name.repeat(750),
    });
  const original = await whatServersReceive(page, servers);

  const manager = await ManagerPage.open(context, extensionId);
  await manager.page.getByTestId('export-button').click();
  await manager.page.locator('[name="exportScope"][value="all"]').check();
  await manager.page.getByTestId('export-format').selectOption('curl');
  const url = manager.page.getByTestId('export-url');
  const preview = manager.page.getByTestId('export-preview');
  const target = servers.url('www.a.test', '/app/page', { https: true });
  await url.fill(target);
  await expect(preview).toHaveValue(/^curl .*app\/page'$/s);
  const command = await preview.inputValue();
  const { stdout } = await promisify(execFile)('sh', [
    '-c',
    `${command} --insecure --silent --show-error --resolve 'www.a.test:${servers.httpsPort}:127.0.0.1'`,
  ]);
  const pre = /<pre id="cookies">([^<]*)<\/pre>/.exec(stdout)?.[1] ?? '';
  const sentByCurl = parseCookieHeader(pre.replaceAll('&quot;', '"').replaceAll('&amp;', '&'))
    .map(([name, value]) => `${name}=${value}`)
    .sort();
  expect(original['https://www.a.test/app/page']?.join('; ').length).toBeGreaterThan(8_000);
  expect(sentByCurl).toEqual(original['https://www.a.test/app/page']);
});

test('a multi-site export in Cookie-Editor’s format warns that Cookie-Editor imports onto the open tab', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', ['a=1']);
  await setCookiesViaServer(page, servers, 'b.test', ['b=1']);
  const manager = await ManagerPage.open(context, extensionId);
  await manager.page.getByTestId('export-button').click();
  await manager.page.locator('[name="exportScope"][value="all"]').check();
  const warning = manager.page.getByTestId('export-cookie-editor-warning');
  await expect(warning).toHaveCount(0);
  await manager.page.getByTestId('export-format').selectOption('cookie-list-json');
  await expect(warning).toContainText('2 sites');
  await expect(warning).toContainText('Cookie-Editor imports every cookie onto the tab');
  await expect(manager.page.getByTestId('export-format')).not.toContainText('wget');
});

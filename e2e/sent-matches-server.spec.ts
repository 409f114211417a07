// "Sent to this page" must be what the browser sends: the marks of the popup and the DevTools
// panel are compared with the Cookie header a local server received for the same page, at top
// level and in a cross-site iframe, for a matrix of domain, path, Secure, SameSite and partition.
// It also pins what this Chromium does by default with third-party cookies and a cookie without
// SameSite, which the rule in src/cookies/is-sent.ts assumes.
import type { Frame, Page } from '@playwright/test';
import type { Cookie } from '../src/cookies/cookie';
import { isSent } from '../src/cookies/is-sent';
import { expect, test } from './fixtures';
import { DevToolsPanel } from './pages/devtools-panel';
import { PopupPage } from './pages/popup-page';
import { WorkbenchUi } from './pages/workbench-ui';
import { addIframe } from './support/add-iframe';
import type { CookieTestServer } from './support/cookie-test-server';
import { parseCookieHeader } from './support/cookie-test-server';
import type { ExtensionCookies } from './support/extension-cookies';

// The DevTools frontend takes seconds to start, tens of seconds on a loaded 2-core machine.
test.describe.configure({ timeout: 150_000 });

type Details = Omit<chrome.cookies.SetDetails, 'url' | 'value'> & { name: string; host: string };

/** Cookies of the top page's site (the page is www.a.test/app/page). */
const topCookies: Details[] = [
  { name: 'domain', host: 'a.test', domain: 'a.test' },
  { name: 'host_only_parent', host: 'a.test' },
  { name: 'host_only_www', host: 'www.a.test' },
  { name: 'path_app', host: 'www.a.test', path: '/app' },
  { name: 'path_other', host: 'www.a.test', path: '/other' },
  { name: 'secure', host: 'www.a.test', secure: true },
  { name: 'strict', host: 'www.a.test', sameSite: 'strict' },
  { name: 'lax', host: 'www.a.test', sameSite: 'lax' },
  { name: 'unspecified', host: 'www.a.test', sameSite: 'unspecified' },
  { name: 'none', host: 'www.a.test', sameSite: 'no_restriction', secure: true },
  {
    name: 'chip_top',
    host: 'www.a.test',
    secure: true,
    partitionKey: { topLevelSite: 'https://a.test', hasCrossSiteAncestor: false },
  },
  {
    name: 'chip_top_cross',
    host: 'www.a.test',
    secure: true,
    partitionKey: { topLevelSite: 'https://a.test', hasCrossSiteAncestor: true },
  },
  {
    name: 'chip_other_top',
    host: 'www.a.test',
    secure: true,
    partitionKey: { topLevelSite: 'https://c.test', hasCrossSiteAncestor: true },
  },
];

// Chromium refuses a partition key saying "no cross-site ancestor" for a cookie of another
// site than the top-level one ("partitionKey has a first party value for hasCrossSiteAncestor
// when the url and the topLevelSite are not first party"), so there is no such cookie here.

/** Cookies of the iframe's site (the frame is b.test/frame inside the a.test page). */
const frameCookies: Details[] = [
  { name: 'b_none', host: 'b.test', sameSite: 'no_restriction', secure: true },
  { name: 'b_lax', host: 'b.test', sameSite: 'lax' },
  { name: 'b_strict', host: 'b.test', sameSite: 'strict' },
  { name: 'b_unspecified', host: 'b.test', sameSite: 'unspecified' },
  { name: 'b_path', host: 'b.test', path: '/other', sameSite: 'no_restriction', secure: true },
  {
    name: 'b_chip',
    host: 'b.test',
    secure: true,
    sameSite: 'no_restriction',
    partitionKey: { topLevelSite: 'https://a.test', hasCrossSiteAncestor: true },
  },
  {
    name: 'b_chip_unspecified',
    host: 'b.test',
    secure: true,
    partitionKey: { topLevelSite: 'https://a.test', hasCrossSiteAncestor: true },
  },
  {
    name: 'b_chip_other_top',
    host: 'b.test',
    secure: true,
    sameSite: 'no_restriction',
    partitionKey: { topLevelSite: 'https://c.test', hasCrossSiteAncestor: true },
  },
];

async function setAll(cookies: ExtensionCookies, servers: CookieTestServer, list: Details[]) {
  for (const { host, ...details } of list) {
    const set = await cookies.set({
      url: servers.url(host, details.path ?? '/', { https: true }),
      value: details.name,
      ...details,
    });
    expect(set, `setting ${details.name}`).not.toBeNull();
  }
}

/** The cookie names the server received for a document (the test page prints its header). */
async function receivedBy(frame: Page | Frame): Promise<string[]> {
  const header = (await frame.locator('#cookies').textContent()) ?? '';
  return parseCookieHeader(header)
    .map(([name]) => name)
    .sort();
}

/** The rows a list marks "sent to this page". */
async function markedSent(ui: WorkbenchUi): Promise<string[]> {
  await ui.waitLoaded();
  const rows = await ui.rows.evaluateAll((all) =>
    all.map((row) => ({
      name: row.getAttribute('data-name') ?? '',
      sent: row.classList.contains('received'),
    })),
  );
  return rows
    .filter((r) => r.sent)
    .map((r) => r.name)
    .sort();
}

test('the panel marks as sent exactly what the server receives, top level and in a cross-site iframe', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await setAll(cookies, servers, [...topCookies, ...frameCookies]);
  expect(await cookies.all()).toHaveLength(topCookies.length + frameCookies.length);

  await page.goto(servers.url('www.a.test', '/app/page', { https: true }));
  await addIframe(page, servers.url('b.test', '/frame', { https: true }));
  const iframe = page.frames().find((f) => f.url().includes('b.test'));
  if (!iframe) throw new Error('The b.test iframe did not load.');

  const atTop = await receivedBy(page);
  const inFrame = await receivedBy(iframe);
  // What this Chromium (156, headless, fresh profile) does, pinned: third-party cookies are
  // blocked by default (SameSite=None is not sent to the cross-site frame); a cookie without
  // SameSite is Lax, partitioned or not; a partitioned SameSite=None cookie is sent, only in
  // its own partition.
  expect(atTop).toEqual(
    [
      'chip_top',
      'domain',
      'host_only_www',
      'lax',
      'none',
      'path_app',
      'secure',
      'strict',
      'unspecified',
    ].sort(),
  );
  expect(inFrame).toEqual(['b_chip']);

  const panel = await DevToolsPanel.open(context, extensionId, page);
  const top = new WorkbenchUi(
    panel.frame.locator('[data-testid="site-section"][data-site="a.test"]'),
  );
  const frame = new WorkbenchUi(
    panel.frame.locator('[data-testid="site-section"][data-site="b.test"]'),
  );
  await expect(top.rows).toHaveCount(topCookies.length);
  await expect(frame.rows).toHaveCount(frameCookies.length);
  expect(await markedSent(top)).toEqual(atTop);
  expect(await markedSent(frame)).toEqual(inFrame);
  // A row not sent says why.
  await expect(frame.row('b_lax').getByTestId('not-sent')).toHaveAttribute('title', /SameSite=Lax/);
  await panel.close();
});

test('the popup of an http page does not mark Secure cookies as sent', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await setAll(cookies, servers, topCookies);
  await page.goto(servers.url('www.a.test', '/app/page'));
  const atTop = await receivedBy(page);
  expect(atTop).toEqual(
    ['domain', 'host_only_www', 'lax', 'path_app', 'strict', 'unspecified'].sort(),
  );

  const popup = await PopupPage.openAsTab(
    context,
    extensionId,
    await PopupPage.tabIdOf(context, page),
  );
  const ui = new WorkbenchUi(popup.page);
  await expect(ui.rows).toHaveCount(topCookies.length);
  expect(await markedSent(ui)).toEqual(atTop);
  await expect(ui.row('secure').getByTestId('not-sent')).toHaveAttribute('title', /Secure/);
  await popup.close();
});

test('top-level navigations from another site: isSent on the browser’s cookies matches the server, GET and POST', async ({
  page,
  servers,
  cookies,
}) => {
  const navigationCookies = topCookies.filter((c) =>
    ['strict', 'lax', 'unspecified', 'none', 'domain'].includes(c.name),
  );
  // The cookies API does not say when a cookie was made: the test knows, within a second.
  const createdAt = Math.floor(Date.now() / 1000) - 1;
  await setAll(cookies, servers, navigationCookies);
  const stored = ((await cookies.all()) as Cookie[]).map((c) => ({
    ...c,
    creationDate: createdAt,
  }));
  const target = servers.url('www.a.test', '/app/page', { https: true });
  const verdicts = (method: string) =>
    stored
      .filter(
        (c) =>
          isSent(c, {
            url: target,
            topLevelSite: 'https://a.test',
            crossSite: true,
            kind: 'navigation',
            method,
            now: Date.now(),
          }).sent,
      )
      .map((c) => c.name)
      .sort();

  // A link on https://b.test followed to the a.test page.
  await page.goto(servers.url('b.test', '/', { https: true }));
  await page.evaluate((href) => {
    const link = document.createElement('a');
    link.href = href;
    link.textContent = 'go';
    document.body.append(link);
  }, target);
  await Promise.all([page.waitForURL(target), page.getByText('go').click()]);
  const byGet = await receivedBy(page);
  // Pinned: Lax and SameSite-less cookies go on a cross-site top-level GET, Strict does not.
  expect(byGet).toEqual(['domain', 'lax', 'none', 'unspecified']);
  expect(verdicts('GET')).toEqual(byGet);

  // A form on https://b.test posted to the a.test page. Pinned: Chromium 156 still has the
  // "Lax-allowing-unsafe" exception, so the seconds-old cookie without SameSite goes too.
  await page.goto(servers.url('b.test', '/', { https: true }));
  await page.evaluate((action) => {
    const form = document.createElement('form');
    form.method = 'POST';
    form.action = action;
    document.body.append(form);
    form.submit();
  }, target);
  await page.waitForURL(target);
  const byPost = await receivedBy(page);
  expect(byPost).toEqual(['domain', 'none', 'unspecified']);
  expect(verdicts('POST')).toEqual(byPost);
});

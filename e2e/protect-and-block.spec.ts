import type { Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../scripts/chromium-args.mjs';
import { expect, test } from './fixtures';
import { DevToolsPanel } from './pages/devtools-panel';
import {
  chromiumExecutable,
  distDir,
  extensionServiceWorker,
  profileDirOf,
} from './support/extension-context';
import type { ExtensionCookies } from './support/extension-cookies';
import { extensionCookies } from './support/extension-cookies';
import { browserCookies, cdpSessionFor, sendRequest } from './support/worker-control';

// Protect and block rules, in real Chromium against local servers: the site sets, deletes and
// overwrites cookies the ways sites do (Set-Cookie, document.cookie), another tool removes one
// through the cookies API, and the extension's service worker is stopped as MV3 does.

test.setTimeout(90_000);

async function extensionPage(page: Page, extensionId: string): Promise<Page> {
  const opened = await page.context().newPage();
  await opened.goto(`chrome-extension://${extensionId}/extension/manager/manager.html`);
  return opened;
}

async function request(page: Page, method: string, params: unknown): Promise<unknown> {
  const answer = await sendRequest(page, method, params);
  if (!answer.ok) throw new Error(`${method}: ${JSON.stringify(answer)}`);
  return answer.value;
}

async function protect(ext: Page, cookies: ExtensionCookies, name: string): Promise<void> {
  const [cookie] = await cookies.all({ name });
  if (!cookie) throw new Error(`No cookie ${name} to protect.`);
  await request(ext, 'protectCookie', { cookie });
}

test('a protected cookie survives a Set-Cookie, document.cookie writes and a removal by another tool', async ({
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await page.goto(servers.url('a.test', '/set?c=sid=alice;%20Path=/;%20Max-Age=3600'));
  const ext = await extensionPage(page, extensionId);
  await protect(ext, cookies, 'sid');

  await page.goto(servers.url('a.test', '/set?c=sid=mallory;%20Path=/;%20Max-Age=3600'));
  await expect.poll(() => cookies.valueNamed('sid')).toBe('alice');

  await page.goto(servers.url('a.test', '/page'));
  await page.evaluate(() => {
    document.cookie = 'sid=script; path=/; max-age=3600';
  });
  await expect.poll(() => cookies.valueNamed('sid')).toBe('alice');

  await page.evaluate(() => {
    document.cookie = 'sid=; path=/; max-age=0';
  });
  await expect.poll(() => cookies.valueNamed('sid')).toBe('alice');

  await cookies.remove({ url: servers.url('a.test', '/'), name: 'sid' });
  await expect.poll(() => cookies.valueNamed('sid')).toBe('alice');

  // The site gets the protected value.
  await page.goto(servers.url('a.test', '/echo'));
  expect(JSON.parse((await page.textContent('body')) ?? '{}').cookies).toEqual([['sid', 'alice']]);

  // Unprotected, it changes like any cookie.
  const [cookie] = await cookies.all({ name: 'sid' });
  await request(ext, 'unprotectCookie', { cookie });
  await page.goto(servers.url('a.test', '/set?c=sid=bob;%20Path=/;%20Max-Age=3600'));
  await expect.poll(() => cookies.valueNamed('sid')).toBe('bob');
});

test('a blocked cookie never stays: there now, set by a response, set by a script on a subdomain', async ({
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await page.goto(servers.url('a.test', '/set?c=_track=1;%20Path=/;%20Max-Age=3600&c=keep=1'));
  const ext = await extensionPage(page, extensionId);
  expect(await request(ext, 'addBlockRule', { name: '_track', domain: '*.a.test' })).toMatchObject({
    removed: 1,
  });
  expect(await cookies.valueNamed('_track')).toBeNull();

  await page.goto(servers.url('a.test', '/set?c=_track=2;%20Path=/;%20Max-Age=3600'));
  await expect.poll(() => cookies.valueNamed('_track')).toBeNull();

  await page.goto(servers.url('www.a.test', '/page'));
  await page.evaluate(() => {
    document.cookie = '_track=3; domain=a.test; path=/; max-age=3600';
  });
  await expect.poll(() => cookies.valueNamed('_track')).toBeNull();
  await page.goto(servers.url('a.test', '/echo'));
  expect(JSON.parse((await page.textContent('body')) ?? '{}').cookies).toEqual([['keep', '1']]);
});

test('the rules hold after the service worker is stopped, for changes made while it was stopped and after', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await page.goto(servers.url('a.test', '/set?c=sid=alice;%20Path=/;%20Max-Age=3600'));
  const ext = await extensionPage(page, extensionId);
  await protect(ext, cookies, 'sid');
  await request(ext, 'addBlockRule', { name: '_track', domain: 'a.test' });

  const cdp = await cdpSessionFor(context, page);
  await cdp.send('ServiceWorker.stopAllWorkers');
  // Changed over CDP while the worker is stopped (the browser wakes it for the events, or it
  // finds them on its next start by comparing with the stored rules).
  await cdp.send('Network.setCookies', {
    cookies: [
      {
        name: 'sid',
        value: 'mallory',
        domain: 'a.test',
        path: '/',
        expires: Date.now() / 1000 + 600,
      },
      { name: '_track', value: '1', domain: 'a.test', path: '/', expires: Date.now() / 1000 + 600 },
    ],
  });
  const byName = async () =>
    Object.fromEntries((await browserCookies(cdp)).map((c) => [c.name, c.value]));
  await expect.poll(byName, { timeout: 15_000 }).toEqual({ sid: 'alice' });

  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.goto(servers.url('a.test', '/set?c=sid=eve;%20Path=/;%20Max-Age=3600&c=_track=2'));
  await expect.poll(byName, { timeout: 15_000 }).toEqual({ sid: 'alice' });

  const state = (await request(ext, 'listProtection', {})) as {
    protect: { cookie: { name: string; value: string } }[];
    block: { name: string; domain: string }[];
  };
  expect(state.protect.map((r) => [r.cookie.name, r.cookie.value])).toEqual([['sid', 'alice']]);
  expect(state.block).toMatchObject([{ name: '_track', domain: 'a.test' }]);
});

test('a site that re-sets a protected cookie in a loop is left alone after a few fixes, and the loop is listed', async ({
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await page.goto(servers.url('a.test', '/set?c=sid=alice;%20Path=/;%20Max-Age=3600'));
  const ext = await extensionPage(page, extensionId);
  await protect(ext, cookies, 'sid');
  await page.goto(servers.url('a.test', '/page'));
  for (let i = 0; i < 8; i++) {
    await page.evaluate((n) => {
      document.cookie = `sid=loop${n}; path=/; max-age=3600`;
    }, i);
    if (i < 5) await expect.poll(() => cookies.valueNamed('sid')).toBe('alice');
    else await page.waitForTimeout(300);
  }
  await expect.poll(() => cookies.valueNamed('sid')).toBe('loop7');
  const state = (await request(ext, 'listProtection', {})) as {
    loops: { site: string; changes: number; pausedUntil: number }[];
  };
  expect(state.loops).toMatchObject([{ site: 'a.test', changes: 6 }]);
  expect(state.loops[0]?.pausedUntil).toBeGreaterThan(Date.now() + 9 * 60_000);
});

test('the panel timeline says which changes were restored (protected) and which were blocked', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await page.goto(servers.url('a.test', '/set?c=sid=alice;%20Path=/;%20Max-Age=3600'));
  const ext = await extensionPage(page, extensionId);
  await protect(ext, cookies, 'sid');
  await request(ext, 'addBlockRule', { name: '_track', domain: 'a.test' });
  const panel = await DevToolsPanel.openAsTab(
    context,
    extensionId,
    await DevToolsPanel.tabIdOf(context, page),
  );
  await expect(panel.frame.getByTestId('network-status')).toBeVisible();

  await page.goto(servers.url('a.test', '/set?c=sid=mallory;%20Path=/;%20Max-Age=3600&c=_track=1'));
  await expect.poll(() => cookies.valueNamed('sid')).toBe('alice');
  const restored = panel.frame.locator(
    '[data-testid="timeline-entry"][data-name="sid"][data-protection="restored"]',
  );
  await expect(restored).toHaveCount(1);
  await expect(restored.getByTestId('timeline-protection')).toHaveText('restored (protected)');
  await expect(restored.getByTestId('timeline-values')).toHaveText('alice → mallory');
  const blocked = panel.frame.locator(
    '[data-testid="timeline-entry"][data-name="_track"][data-protection="blocked"]',
  );
  await expect(blocked.getByTestId('timeline-protection')).toHaveText('blocked');
  // The fix itself follows, by the extension.
  await expect(
    panel.frame.locator(
      '[data-testid="timeline-entry"][data-name="sid"][data-source="extension"][data-action="changed"]',
    ),
  ).toHaveCount(1);
});

test('the rules survive a browser restart: read from the profile, applied to the next responses', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await page.goto(servers.url('a.test', '/set?c=sid=alice;%20Path=/;%20Max-Age=3600'));
  const ext = await extensionPage(page, extensionId);
  await protect(ext, cookies, 'sid');
  await request(ext, 'addBlockRule', { name: '_track', domain: 'a.test' });
  const profile = profileDirOf(context);
  await context.close();

  const again = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable(),
    headless: true,
    args: chromiumArgs({ extensionDir: distDir, automated: true }),
  });
  try {
    await extensionServiceWorker(again);
    const site = again.pages()[0] ?? (await again.newPage());
    const restarted = extensionCookies(again);
    expect(await restarted.valueNamed('sid')).toBe('alice');
    await site.goto(
      servers.url('a.test', '/set?c=sid=mallory;%20Path=/;%20Max-Age=3600&c=_track=1'),
    );
    await expect.poll(() => restarted.valueNamed('sid')).toBe('alice');
    await expect.poll(() => restarted.valueNamed('_track')).toBeNull();
    const state = (await request(await extensionPage(site, extensionId), 'listProtection', {})) as {
      protect: unknown[];
      block: unknown[];
    };
    expect([state.protect.length, state.block.length]).toEqual([1, 1]);
  } finally {
    await again.close();
  }
});

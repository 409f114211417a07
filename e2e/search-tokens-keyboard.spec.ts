import type { Page } from '@playwright/test';
import { expect, type ServerFixtures, test } from './fixtures';
import { DevToolsPanel } from './pages/devtools-panel';
import { ManagerPage } from './pages/manager-page';
import { PopupPage } from './pages/popup-page';
import { SearchBox } from './pages/search-box';
import { WorkbenchUi } from './pages/workbench-ui';
import { setCookiesViaServer } from './support/site-cookies';

// The DevTools frontend takes seconds to start, tens of seconds on a loaded 2-core machine.
test.describe.configure({ timeout: 150_000 });

/** a.test's cookies, each picked out by one token; the page is http, so `safe` is not sent. */
async function seed(page: Page, servers: ServerFixtures['servers']): Promise<void> {
  await setCookiesViaServer(page, servers, 'a.test', [
    'plain=1',
    'kept=2; Max-Age=600',
    'locked=3; HttpOnly',
  ]);
  await setCookiesViaServer(page, servers, 'a.test', ['safe=5; Secure; SameSite=None'], {
    https: true,
  });
  await page.goto(servers.url('a.test', '/'));
}

const names = (ui: WorkbenchUi) =>
  ui.summaries().then((rows) => rows.map((row) => row.name).sort());

/** The same keys in the popup and the panel: both show one page's cookies. */
async function searchOnePage(ui: WorkbenchUi, box: SearchBox): Promise<void> {
  await ui.waitLoaded();
  await box.type('is:session secure:no');
  await expect.poll(() => names(ui)).toEqual(['locked', 'plain']);
  await box.type('is:session secure:no -name:plain');
  await expect.poll(() => names(ui)).toEqual(['locked']);
  await box.type('/^(k|s)/ -samesite:none');
  await expect.poll(() => names(ui)).toEqual(['kept']);
  await box.type('sent:no');
  await expect.poll(() => names(ui)).toEqual(['safe']);
  await box.type('foo:bar');
  await expect(box.error).toHaveText(/^Unknown filter "foo:"; try is:, secure:/);
  await expect(box.input).toHaveAttribute('aria-invalid', 'true');
  await expect(ui.rows).toHaveCount(0);
  await box.type('');
  await expect(box.error).toHaveCount(0);
  await expect.poll(() => names(ui)).toEqual(['kept', 'locked', 'plain', 'safe']);
  await box.checkHelpByKeyboard();
}

test('popup: search tokens and their help from the keyboard only', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  await seed(page, servers);
  const popup = await PopupPage.open(context, extensionId, page);
  const box = new SearchBox(popup.page, popup.page.keyboard, 'filter-input');
  await box.reachByTab();
  await searchOnePage(new WorkbenchUi(popup.page), box);
  await popup.close();
});

test('DevTools panel: search tokens and their help from the keyboard only', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  await seed(page, servers);
  const panel = await DevToolsPanel.open(context, extensionId, page);
  const box = new SearchBox(panel.frame, panel.host.keyboard, 'filter-input');
  // Tab order through DevTools' own toolbars into the panel's frame is DevTools' business (and
  // focusing the frame's window first proved unreliable): the box gets focus, then keys only.
  await box.input.focus();
  await searchOnePage(new WorkbenchUi(panel.frame), box);
  await panel.close();
});

test('manager: search tokens and their help from the keyboard only; sent: needs a page', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  await seed(page, servers);
  await setCookiesViaServer(page, servers, 'b.test', ['other=1; HttpOnly']);
  const manager = await ManagerPage.open(context, extensionId);
  const box = new SearchBox(manager.page, manager.page.keyboard, 'manager-search');
  await box.reachByTab();
  const names = async () => (await manager.shownRows()).sort();

  await box.type('is:session secure:no');
  await expect.poll(names).toEqual(['locked@a.test', 'other@b.test', 'plain@a.test']);
  await box.type('is:session secure:no -domain:b.test -name:plain');
  await expect.poll(names).toEqual(['locked@a.test']);
  await box.type('/^(k|s)/ httponly:no');
  await expect.poll(names).toEqual(['kept@a.test', 'safe@a.test']);
  await expect(manager.matchCount).toHaveText('2 of 5 cookies match');
  await box.type('sent:no');
  await expect(box.error).toContainText('"sent:" needs a page');
  await expect(manager.rows).toHaveCount(0);
  await box.type('foo:bar');
  await expect(box.error).toHaveText(/^Unknown filter "foo:"; try is:, secure:/);
  await box.type('');
  await expect(manager.matchCount).toHaveText('5 cookies');
  await box.checkHelpByKeyboard();
  await expect(box.help).toBeHidden();
});

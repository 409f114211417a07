import { cookiesServerReceives, setCookiesViaServer } from '../support/site-cookies';
import { expect, test } from './fixtures';
import { openManager, openPopupForTab } from './pages/extension-pages';
import { FirefoxWorkbench } from './pages/firefox-workbench';
import { tabIdOf } from './support/extension-tab';
import { withFirstPartyIsolation } from './support/first-party-isolation';

test('under first-party isolation the popup lists, edits and deletes cookies within their first party', async ({
  firefox,
  tab,
  extensionPage,
  servers,
  cookies,
}) => {
  await withFirstPartyIsolation(extensionPage, async () => {
    await setCookiesViaServer(tab, servers, 'a.test', ['sid=1; Max-Age=3600', 'other=2']);
    const [before] = await cookies.all({ name: 'sid' });
    expect(before?.firstPartyDomain).toBe('a.test');
    await tab.goto(servers.url('a.test', '/'));
    const popup = await openPopupForTab(
      firefox,
      servers.url('a.test', '/'),
      await tabIdOf(extensionPage, tab.url()),
    );
    const ui = new FirefoxWorkbench(popup);
    expect((await ui.summaries()).map((r) => r.name).sort()).toEqual(['other', 'sid']);

    await ui.editCookie(ui.rowSelector('sid'), { value: 'edited' });
    expect(await cookies.all({ name: 'sid' })).toEqual([{ ...before, value: 'edited' }]);
    await ui.editCookie(ui.rowSelector('sid'), { path: '/app' });
    expect(await cookies.all({ name: 'sid' })).toEqual([
      { ...before, value: 'edited', path: '/app' },
    ]);
    // A new cookie has no first party of its own: it joins its site's, as one the site set would.
    await ui.createCookie({ name: 'made', value: 'here', domain: 'shop.a.test', hostOnly: false });
    expect(await cookies.all({ name: 'made' })).toEqual([
      expect.objectContaining({ domain: '.shop.a.test', firstPartyDomain: 'a.test' }),
    ]);
    await ui.waitForRowNames(['made', 'other', 'sid']);
    await ui.deleteRow(ui.rowSelector('made'));
    expect(await cookies.all({ name: 'made' })).toEqual([]);
    await ui.deleteRow(ui.rowSelector('other'));
    expect(await cookies.all({ name: 'other' })).toEqual([]);
    expect(await cookiesServerReceives(tab, servers.url('a.test', '/app/echo'))).toEqual([
      ['sid', 'edited'],
    ]);
  });
});

test("under first-party isolation an import sees a cookie that exists in its site's first party, and overwrites it when asked", async ({
  firefox,
  tab,
  extensionPage,
  servers,
  cookies,
}) => {
  await withFirstPartyIsolation(extensionPage, async () => {
    await setCookiesViaServer(tab, servers, 'a.test', ['sid=old; Max-Age=3600']);
    const [before] = await cookies.all({ name: 'sid' });
    expect(before?.firstPartyDomain).toBe('a.test');
    const manager = await openManager(firefox, servers.url('a.test', '/'));
    await manager.waitForSelector('[data-testid="manager-row"][data-name="sid"]');
    await manager.click('[data-testid="import-button"]');
    // A cookies.txt line carries no first party: the import writes it into a.test's.
    const expires = Math.floor(Date.now() / 1000) + 7200;
    const line = ['a.test', 'FALSE', '/', 'FALSE', expires, 'sid', 'new'].join('\t');
    await manager.$eval(
      '[data-testid="import-text"]',
      (el, value) => {
        (el as HTMLTextAreaElement).value = value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      },
      line,
    );
    await manager.click('[data-testid="import-preview"]');
    // The preview says it exists (it said "new" before, and the import then kept it unasked).
    await manager.waitForSelector('[data-testid="import-existing"]');
    await manager.click('[name="onExisting"][value="overwrite"]');
    await manager.click('[data-testid="import-run"]');
    await manager.waitForFunction(() =>
      document
        .querySelector('[data-testid="import-dialog"] [data-testid="notice"]')
        ?.textContent?.includes('1 cookie'),
    );
    expect(await cookies.all({ name: 'sid' })).toEqual([
      expect.objectContaining({ value: 'new', firstPartyDomain: 'a.test', domain: 'a.test' }),
    ]);
  });
});

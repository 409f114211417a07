import { setCookiesViaServer } from '../support/site-cookies';
import { expect, test } from './fixtures';
import { openPopupForTab } from './pages/extension-pages';
import { FirefoxWorkbench } from './pages/firefox-workbench';
import { inExtension, tabIdOf } from './support/extension-tab';

/** Opens `url` in a new tab of the cookie store `cookieStoreId`, or in a new private window. */
async function openTabIn(
  extensionPage: Parameters<typeof inExtension>[0],
  where: { cookieStoreId: string } | 'private',
  url: string,
): Promise<{ tabId: number; windowId?: number }> {
  return inExtension(
    extensionPage,
    async (browser, { where, url }) => {
      const loaded = (tabId: number) =>
        new Promise<void>((resolve) => {
          const listener = (id: number, change: { status?: string }) => {
            if (id === tabId && change.status === 'complete') {
              browser.tabs.onUpdated.removeListener(listener);
              resolve();
            }
          };
          browser.tabs.onUpdated.addListener(listener);
          // It may have finished before the listener was there.
          void browser.tabs.get(tabId).then((tab) => {
            if (tab.status === 'complete') listener(tabId, { status: 'complete' });
          });
        });
      if (where === 'private') {
        const window = await browser.windows.create({ incognito: true, url });
        const tabId = window.tabs?.[0]?.id ?? -1;
        await loaded(tabId);
        return { tabId, windowId: window.id ?? -1 };
      }
      const tab = await browser.tabs.create({ url, cookieStoreId: where.cookieStoreId });
      await loaded(tab.id ?? -1);
      return { tabId: tab.id ?? -1 };
    },
    { where, url },
  );
}

test("a container keeps its cookies apart: each store's popup shows and edits its own", async ({
  firefox,
  tab,
  extensionPage,
  servers,
  cookies,
}) => {
  const container = await inExtension(
    extensionPage,
    (browser) =>
      browser.contextualIdentities.create({
        name: 'Workbench test',
        color: 'blue',
        icon: 'circle',
      }),
    null,
  );
  const storeId = container.cookieStoreId;
  expect(storeId).toMatch(/^firefox-container-\d+$/);
  try {
    await setCookiesViaServer(tab, servers, 'a.test', ['in_default=1']);
    await cookies.set({
      url: servers.url('a.test', '/'),
      name: 'in_container',
      value: 'c',
      storeId,
    });
    await tab.goto(servers.url('a.test', '/'));
    const defaultPopup = await openPopupForTab(
      firefox,
      servers.url('a.test', '/'),
      await tabIdOf(extensionPage, tab.url()),
    );
    expect((await new FirefoxWorkbench(defaultPopup).summaries()).map((r) => r.name)).toEqual([
      'in_default',
    ]);

    const { tabId } = await openTabIn(
      extensionPage,
      { cookieStoreId: storeId },
      servers.url('a.test', '/'),
    );
    const containerPopup = await openPopupForTab(firefox, servers.url('a.test', '/'), tabId);
    const ui = new FirefoxWorkbench(containerPopup);
    expect((await ui.summaries()).map((r) => r.name)).toEqual(['in_container']);
    // The header names the container and shows its colour, from contextualIdentities.
    const badge = await containerPopup.waitForSelector('[data-testid="store-badge"]');
    expect(
      await badge?.evaluate((el) => [
        el.textContent,
        el.getAttribute('data-store-kind'),
        el.querySelector('.store-swatch')?.className,
      ]),
    ).toEqual(['Workbench test', 'container', 'store-swatch swatch-blue']);

    await ui.editCookie(ui.rowSelector('in_container'), { value: 'edited' });
    expect(await cookies.all({ storeId })).toEqual([
      expect.objectContaining({ name: 'in_container', value: 'edited', storeId }),
    ]);
    expect(await cookies.all({ storeId: 'firefox-default' })).toEqual([
      expect.objectContaining({ name: 'in_default', value: '1', storeId: 'firefox-default' }),
    ]);
  } finally {
    // One Firefox serves every spec: leave no container behind.
    await inExtension(
      extensionPage,
      (browser, id) => browser.contextualIdentities.remove(id),
      storeId,
    );
  }
});

test("a private window's cookies: shown and deleted in its popup, never in the normal one", async ({
  firefox,
  tab,
  extensionPage,
  servers,
  cookies,
}) => {
  await setCookiesViaServer(tab, servers, 'b.test', ['normal=1']);
  const query = new URLSearchParams([['c', 'secret=private']]);
  const { tabId, windowId } = await openTabIn(
    extensionPage,
    'private',
    servers.url('b.test', `/set?${query}`),
  );
  try {
    expect(await cookies.all({ storeId: 'firefox-private' })).toEqual([
      expect.objectContaining({ name: 'secret', domain: 'b.test', storeId: 'firefox-private' }),
    ]);

    await tab.goto(servers.url('b.test', '/'));
    const normalPopup = await openPopupForTab(
      firefox,
      servers.url('a.test', '/'),
      await tabIdOf(extensionPage, tab.url()),
    );
    expect((await new FirefoxWorkbench(normalPopup).summaries()).map((r) => r.name)).toEqual([
      'normal',
    ]);

    const privatePopup = await openPopupForTab(firefox, servers.url('a.test', '/'), tabId);
    const ui = new FirefoxWorkbench(privatePopup);
    expect((await ui.summaries()).map((r) => r.name)).toEqual(['secret']);
    const badge = await privatePopup.waitForSelector('[data-testid="store-badge"]');
    expect(
      await badge?.evaluate((el) => [el.textContent, el.getAttribute('data-store-kind')]),
    ).toEqual(['Private window', 'private']);
    await ui.deleteRow(ui.rowSelector('secret'));
    expect(await cookies.all({ storeId: 'firefox-private' })).toEqual([]);
    expect(await cookies.all({ storeId: 'firefox-default' })).toEqual([
      expect.objectContaining({ name: 'normal' }),
    ]);
  } finally {
    await inExtension(extensionPage, (browser, id) => browser.windows.remove(id), windowId ?? -1);
  }
});

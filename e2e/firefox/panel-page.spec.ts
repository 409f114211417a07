import { setCookiesViaServer } from '../support/site-cookies';
import { expect, test } from './fixtures';
import { openPanelForTab } from './pages/extension-pages';
import { FirefoxWorkbench } from './pages/firefox-workbench';
import { tabIdOf } from './support/extension-tab';

test("the DevTools panel page (?tabId=) lists the inspected tab's cookies and edits one", async ({
  firefox,
  tab,
  extensionPage,
  servers,
  cookies,
}) => {
  await setCookiesViaServer(tab, servers, 'a.test', ['seen=1; Max-Age=600', 'other=2']);
  await setCookiesViaServer(tab, servers, 'b.test', ['unrelated=1']);
  await tab.goto(servers.url('a.test', '/'));
  const panel = await openPanelForTab(
    firefox,
    servers.url('a.test', '/'),
    await tabIdOf(extensionPage, tab.url()),
  );
  const ui = new FirefoxWorkbench(panel);
  expect((await ui.summaries()).map((r) => r.name).sort()).toEqual(['other', 'seen']);
  const [before] = await cookies.all({ name: 'seen' });
  await ui.editCookie(ui.rowSelector('seen'), { value: 'changed' });
  expect(await cookies.all({ name: 'seen' })).toEqual([{ ...before, value: 'changed' }]);
});

import { expect, test } from './fixtures';
import { DevToolsPanel } from './pages/devtools-panel';
import { WorkbenchUi } from './pages/workbench-ui';
import { addIframe } from './support/add-iframe';
import { timelineEntry, waitForNetworkLog } from './support/devtools-timeline';
import { cookiesServerReceives, setCookiesViaServer } from './support/site-cookies';

// The DevTools frontend takes seconds to start, tens of seconds on a loaded 2-core machine.
test.describe.configure({ timeout: 150_000 });

function section(panel: DevToolsPanel, site: string): WorkbenchUi {
  return new WorkbenchUi(panel.frame.locator(`[data-testid="site-section"][data-site="${site}"]`));
}

test('the real panel groups cookies by frame site, live, with a timeline that names causes', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', ['top=1; Max-Age=600']);
  await setCookiesViaServer(page, servers, 'b.test', ['framed=2']);
  await cookies.set({
    url: servers.url('b.test', '/', { https: true }),
    name: 'chip',
    value: '3',
    secure: true,
    partitionKey: { topLevelSite: 'https://a.test' },
  });
  await page.goto(servers.url('a.test', '/'));
  await addIframe(page, servers.url('b.test', '/frame'));

  const panel = await DevToolsPanel.open(context, extensionId, page);
  const top = section(panel, 'a.test');
  const frame = section(panel, 'b.test');
  await expect(top.root.getByTestId('site-label')).toHaveText('top page');
  await expect(frame.root.getByTestId('site-label')).toContainText('frame http://b.test:');
  await expect(top.rows).toHaveCount(1);
  await expect(top.row('top').getByTestId('cookie-lifetime')).toHaveAttribute(
    'data-lifetime',
    'persistent',
  );
  // The iframe's site shows its own cookies, its partitioned one included.
  await expect(frame.rows).toHaveCount(2);
  await expect(frame.row('chip').getByTestId('flag-partitioned')).toContainText('https://a.test');

  // A cookie set by script: a row, and a timeline entry that says so.
  await waitForNetworkLog(panel, page);
  await page.evaluate(() => {
    document.cookie = 'scripted=yes';
  });
  await expect(top.row('scripted')).toHaveCount(1);
  await expect(
    timelineEntry(panel, 'scripted', 'created').getByTestId('timeline-source'),
    // The verdict waits a few seconds for the network log to report a response.
  ).toHaveText('set by script', { timeout: 20_000 });

  // A cookie set by a fetch() response: the entry names that request.
  await page.evaluate(() => fetch('/api/set?c=fetched%3D1').then((r) => r.text()));
  await expect(top.row('fetched')).toHaveCount(1);
  await expect(
    timelineEntry(panel, 'fetched', 'created').getByTestId('timeline-source'),
    // DevTools reports a request once its body is read: seconds later on a busy machine.
  ).toContainText('/api/set?c=fetched%3D1', { timeout: 20_000 });
  await expect(timelineEntry(panel, 'fetched', 'created')).toHaveAttribute(
    'data-source',
    'request',
  );

  // An edit in the panel reaches the server, and shows in the timeline as a change.
  await top.editCookie(top.row('top'), { value: 'edited' });
  expect(await cookiesServerReceives(page, servers.url('a.test', '/echo'))).toContainEqual([
    'top',
    'edited',
  ]);
  const edit = timelineEntry(panel, 'top', 'changed');
  await expect(edit.getByTestId('timeline-values')).toHaveText('1 → edited');
  await expect(edit).toHaveAttribute('data-source', 'extension');

  // A delete in the panel reaches the server.
  await top.deleteRow(top.row('scripted'));
  expect(await cookiesServerReceives(page, servers.url('a.test', '/echo'))).not.toContainEqual([
    'scripted',
    'yes',
  ]);
  await expect(timelineEntry(panel, 'scripted', 'deleted')).toHaveCount(1);

  // The timeline filters and clears.
  await panel.frame.getByTestId('timeline-filter').fill('fetched');
  await expect(panel.frame.getByTestId('timeline-entry')).toHaveCount(1);
  await panel.frame.getByTestId('timeline-clear').click();
  await expect(panel.frame.getByTestId('timeline-entry')).toHaveCount(0);

  // Navigating the inspected tab to another site switches the list.
  await setCookiesViaServer(page, servers, 'c.test', ['elsewhere=1']);
  await expect(section(panel, 'c.test').row('elsewhere')).toHaveCount(1);
  await expect(section(panel, 'a.test').rows).toHaveCount(0);
  await panel.close();
});

test('the panel page in a tab (second path) lists, edits and follows the tab', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', ['one=1', 'two=2; Path=/app']);
  await page.goto(servers.url('a.test', '/'));
  const panel = await DevToolsPanel.openAsTab(
    context,
    extensionId,
    await DevToolsPanel.tabIdOf(context, page),
  );
  const top = section(panel, 'a.test');
  await expect(top.rows).toHaveCount(2);
  await expect(panel.frame.getByTestId('network-status')).toContainText(
    'No network log outside DevTools',
  );

  await page.evaluate(() => {
    document.cookie = 'three=3';
  });
  await expect(top.row('three')).toHaveCount(1);
  await expect(timelineEntry(panel, 'three', 'created')).toHaveCount(1);

  await top.editCookie(top.row('one'), { value: 'uno' });
  expect(await cookiesServerReceives(page, servers.url('a.test', '/echo'))).toContainEqual([
    'one',
    'uno',
  ]);
  await top.deleteRow(top.row('two'));
  expect(await cookiesServerReceives(page, servers.url('a.test', '/app/echo'))).not.toContainEqual([
    'two',
    '2',
  ]);

  // Saving the timeline as JSON gives a file with every entry and a warning.
  const download = panel.host.waitForEvent('download');
  await panel.frame.getByTestId('timeline-save').click();
  const file = await (await download).path();
  const saved = JSON.parse(await (await import('node:fs/promises')).readFile(file, 'utf8'));
  expect(saved).toMatchObject({
    format: 'cookie-workbench-timeline',
    warning: expect.stringContaining('live login'),
  });
  expect(
    saved.entries.map((e: { name: string; action: string }) => `${e.action} ${e.name}`),
  ).toEqual(expect.arrayContaining(['created three', 'changed one', 'deleted two']));

  await page.goto(servers.url('b.test', '/'));
  await expect(panel.frame.locator('[data-testid="site-section"]')).toHaveAttribute(
    'data-site',
    'b.test',
  );
  await panel.close();
});

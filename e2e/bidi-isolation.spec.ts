import { expect, test } from './fixtures';
import { DevToolsPanel } from './pages/devtools-panel';
import { ManagerPage } from './pages/manager-page';
import { WorkbenchUi } from './pages/workbench-ui';
import { expectNoBidiLeak } from './support/bidi-isolation';
import { timelineEntry } from './support/devtools-timeline';

// A right-to-left override in a cookie's name or value must not reverse the text beside it:
// hostile names could make one cookie read as another (issue 11).
const RLO = '\u202e';
const name = `evil${RLO}name`;
const value = `value${RLO}text`;
// A stray PDI first: it must not close the isolate around the name and let the override out.
const escaping = `pdi\u2069${RLO}escape`;

test.describe.configure({ timeout: 90_000 });

test('the panel rows and the timeline keep a right-to-left override inside the cookie text', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  await page.goto(servers.url('a.test', '/'));
  const panel = await DevToolsPanel.openAsTab(
    context,
    extensionId,
    await DevToolsPanel.tabIdOf(context, page),
  );
  const ui = new WorkbenchUi(panel.frame);
  await ui.waitLoaded();
  await page.evaluate(
    ([n, v, e]) => {
      document.cookie = `${n}=${v}; path=/`;
      document.cookie = `${n}=${v}2; path=/`;
      document.cookie = `${e}=plain; path=/`;
      document.cookie = `after=plain; path=/`;
    },
    [name, value, escaping],
  );
  await expect(ui.row(name)).toHaveCount(1);
  await expect(ui.row(escaping)).toHaveCount(1);
  await expect(timelineEntry(panel, name, 'changed')).toHaveCount(1);
  await expectNoBidiLeak(panel.frame);
  await panel.close();
});

test('the manager rows, editor, notices and history keep it inside the cookie text', async ({
  context,
  extensionId,
  servers,
  cookies,
}) => {
  const url = servers.url('a.test', '/');
  await cookies.set({ url, name, value });
  await cookies.set({ url, name: escaping, value: 'plain' });
  await cookies.set({ url, name: 'after', value: 'plain' });
  const manager = await ManagerPage.open(context, extensionId);
  await expect(manager.row(name)).toHaveCount(1);
  await expect(manager.row(escaping)).toHaveCount(1);
  await expectNoBidiLeak(manager.page);

  // Exports: the preview shows the controls as visible marks; the text exported keeps them.
  await manager.page.getByTestId('export-button').click();
  for (const format of ['workbench-json', 'cookie-header', 'curl']) {
    await manager.page.getByTestId('export-format').selectOption(format);
    await expect(manager.page.getByTestId('export-preview')).toBeVisible();
    await expectNoBidiLeak(manager.page);
    // curl leaves such cookies out (a pasted command would not read as what it runs).
    if (format !== 'curl') {
      await expect(manager.page.getByTestId('export-bidi-note')).toContainText('U+202E');
    }
  }
  await manager.page.getByTestId('export-close').click();

  await manager.ui.openEditor(manager.row(name));
  await expectNoBidiLeak(manager.page);
  await manager.ui.fill({ value: `${value}2` });
  await manager.ui.save();
  await expectNoBidiLeak(manager.page);

  await manager.ui.deleteRow(manager.row(name));
  await expect(manager.notice).toContainText('Deleted');
  await expect(manager.historyEntries).toHaveCount(2);
  await expectNoBidiLeak(manager.page);
  await manager.undoLastAction();
  await expect(manager.row(name)).toHaveCount(1);
  await expectNoBidiLeak(manager.page);
});

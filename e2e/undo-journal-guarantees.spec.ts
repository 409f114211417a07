import { randomUUID } from 'node:crypto';
import { expect, test } from './fixtures';
import { ManagerPage } from './pages/manager-page';
import { PopupPage } from './pages/popup-page';
import { WorkbenchUi } from './pages/workbench-ui';
import { extensionServiceWorker, profileDirOf } from './support/extension-context';
import { filesContaining } from './support/files-containing';
import { seedCookies } from './support/seed-cookies';
import { setCookiesViaServer } from './support/site-cookies';
import { cdpSessionFor, sendRequest } from './support/worker-control';

test('deleting a list the site changed since acts on the cookies as they are; Undo invents nothing and restores once', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', ['a1=1; Max-Age=600', 'a2=2', 'a3=3']);
  const listed = await cookies.all({ domain: 'a.test' });
  expect(listed).toHaveLength(3);
  // The site logs out (a2 goes) and rewrites a3 after the page listed them.
  await page.goto(servers.url('a.test', '/'));
  await page.evaluate(() => {
    document.cookie = 'a2=; max-age=0';
    document.cookie = 'a3=rewritten';
  });
  const manager = await ManagerPage.open(context, extensionId);
  const answer = await sendRequest(manager.page, 'deleteCookies', { cookies: listed });
  expect(answer.value).toMatchObject({
    deleted: 1,
    alreadyGone: ['"a2" (a.test/)'],
    changed: [expect.stringMatching(/^"a3" \(a.test\/\) changed in the browser since the list/)],
  });
  expect((await cookies.all()).map((c) => [c.name, c.value])).toEqual([['a3', 'rewritten']]);

  // Undo from two pages at the same moment: restored once, the other page told so.
  const { journalId } = answer.value as { journalId: number };
  const other = await ManagerPage.open(context, extensionId);
  const undos = await Promise.all([
    sendRequest(manager.page, 'undo', { entryId: journalId }),
    sendRequest(other.page, 'undo', { entryId: journalId }),
  ]);
  expect(undos.map((u) => u.value ?? u.error?.message)).toEqual(
    expect.arrayContaining([
      { restored: 1, failures: [], remaining: 0 },
      'That action was already undone.',
    ]),
  );
  const after = (await cookies.all()).map((c) => [c.name, c.value]).sort();
  expect(after).toEqual([
    ['a1', '1'],
    ['a3', 'rewritten'],
  ]);
});

test('no cookie value the extension keeps reaches the disk, and clearing the history removes the values', async ({
  context,
  page,
  extensionId,
  servers,
  serviceWorker,
}) => {
  const sessionSecret = `session-${randomUUID()}`;
  const persistentSecret = `persistent-${randomUUID()}`;
  await page.goto(servers.url('a.test', '/'));
  await page.evaluate(
    ([session, persistent]) => {
      document.cookie = `login=${session}`;
      document.cookie = `remember=${persistent}; max-age=3600`;
    },
    [sessionSecret, persistentSecret],
  );
  const popup = await PopupPage.open(context, extensionId, page);
  const ui = new WorkbenchUi(popup.page);
  await ui.deleteRow(ui.row('login'));
  await ui.editCookie(ui.row('remember'), { value: 'changed' });
  await popup.close();

  // Give the browser time to write whatever it writes (LevelDB logs are written at once).
  await page.waitForTimeout(1500);
  const profile = profileDirOf(context);
  expect(await filesContaining(profile, sessionSecret)).toEqual([]);
  // The persistent cookie's old value is in no file at all: the browser's own cookie database
  // holds only the new one.
  expect(await filesContaining(profile, persistentSecret)).toEqual([]);

  // Undo still works: the values are kept, in the browser's memory.
  const kept = await serviceWorker.evaluate(async () =>
    JSON.stringify(await chrome.storage.session.get(null)),
  );
  expect(kept).toContain(sessionSecret);
  expect(kept).toContain(persistentSecret);
  expect(await serviceWorker.evaluate(() => chrome.storage.local.get(null))).toEqual({});

  const manager = await ManagerPage.open(context, extensionId);
  await manager.clearHistory();
  const left = await serviceWorker.evaluate(async () =>
    JSON.stringify(await chrome.storage.session.get(null)),
  );
  expect(left).not.toContain(sessionSecret);
  expect(left).not.toContain(persistentSecret);
  await expect(manager.page.getByTestId('history-keeping')).toContainText(
    'never on disk, gone when the browser closes',
  );
});

test('a journal an earlier version left on disk is removed when the background starts', async ({
  context,
  page,
  extensionId,
  serviceWorker,
}) => {
  await serviceWorker.evaluate(() =>
    chrome.storage.local.set({
      undoJournal: {
        nextId: 2,
        entries: [{ id: 1, before: [{ name: 'sid', value: 'old-login' }] }],
      },
    }),
  );
  const cdp = await cdpSessionFor(context, page);
  await cdp.send('ServiceWorker.stopAllWorkers');
  // Any page of the extension wakes the worker.
  await ManagerPage.open(context, extensionId);
  const worker = await extensionServiceWorker(context);
  await expect.poll(() => worker.evaluate(() => chrome.storage.local.get(null))).toEqual({});
});

test('when the undo data of a bulk delete cannot fit, the user is asked before anything changes', async ({
  context,
  extensionId,
  serviceWorker,
  cookies,
}) => {
  test.setTimeout(120_000);
  const count = 2999;
  await seedCookies(serviceWorker, { count, valueLength: 4000 });
  const manager = await ManagerPage.open(context, extensionId);
  await expect(manager.matchCount).toHaveText(`${count.toLocaleString('en')} cookies`, {
    timeout: 20_000,
  });
  await manager.selectAllMatching();

  await manager.askBulkDelete();
  await manager.confirmBulkDelete({ waitForNotice: false });
  await expect(manager.withoutUndoQuestion).toContainText(
    /Undo for this action needs 1\d\.\d MB, more than the \d+\.\d MB .* Nothing was changed/,
  );
  // A modal question: the safe choice has the focus, Escape cancels.
  await expect(manager.withoutUndoQuestion.getByTestId('cancel-without-undo')).toBeFocused();
  await manager.page.keyboard.press('Escape');
  await expect(manager.withoutUndoQuestion).toHaveCount(0);
  expect(await cookies.all()).toHaveLength(count);
  await expect(manager.actionError).toHaveCount(0);

  await manager.askBulkDelete();
  await manager.confirmBulkDelete({ waitForNotice: false });
  await manager.withoutUndoQuestion.getByTestId('proceed-without-undo').click();
  await expect(manager.notice).toContainText(`Deleted ${count.toLocaleString('en')} cookies`, {
    timeout: 60_000,
  });
  await expect(manager.notice.getByTestId('undo-button')).toHaveCount(0);
  expect(await cookies.all()).toHaveLength(0);
  await expect(manager.historyEntries.first()).toContainText('no undo (too big to keep)');
});

test('an import whose undo data cannot fit asks first, then imports without undo when told to', async ({
  context,
  extensionId,
  cookies,
}) => {
  test.setTimeout(120_000);
  const count = 2999;
  const file = JSON.stringify(
    Array.from({ length: count }, (_, i) => ({
      domain: `h${i % 20}.test`,
      name: `c${i}`,
      value: `v${i}`.padEnd(4000, 'x'),
      path: '/',
      expirationDate: Math.floor(Date.now() / 1000) + 3600,
    })),
  );
  const manager = await ManagerPage.open(context, extensionId);
  await manager.page.getByTestId('import-button').click();
  const dialog = manager.page.getByTestId('import-dialog');
  await dialog.getByTestId('import-file').setInputFiles({
    name: 'cookies.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await dialog.getByTestId('import-preview').click();
  await expect(dialog.getByTestId('import-format')).toContainText(
    `${count.toLocaleString('en')} importable`,
  );

  await dialog.getByTestId('import-run').click();
  const question = dialog.getByTestId('without-undo-question');
  await expect(question).toContainText(/Undo for this action needs 1\d\.\d MB/);
  // Escape answers the question inside the import dialog, and only it: the import stays open.
  await expect(question.getByTestId('cancel-without-undo')).toBeFocused();
  await manager.page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('import-run')).toBeFocused();
  expect(await cookies.all()).toHaveLength(0);

  await dialog.getByTestId('import-run').click();
  await question.getByTestId('proceed-without-undo').click();
  // Escape while it writes: the dialog stays, says why, and shows the result when done.
  await manager.page.keyboard.press('Escape');
  await expect(dialog.getByTestId('import-close-wait')).toContainText('Still importing');
  await expect(dialog.getByTestId('notice')).toContainText(
    `Imported ${count.toLocaleString('en')} cookies.`,
    {
      timeout: 60_000,
    },
  );
  await expect(dialog.getByTestId('undo-button')).toHaveCount(0);
  expect(await cookies.all()).toHaveLength(count);
  // Done: Escape closes it, and the focus is back on Import….
  await expect(dialog.getByTestId('import-close-wait')).toHaveCount(0);
  await manager.page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(manager.page.getByTestId('import-button')).toBeFocused();
});

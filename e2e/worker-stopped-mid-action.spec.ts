import { sessionQuotaBytes } from '../src/journal/journal-budget';
import { JournalStore } from '../src/journal/journal-store';
import { expect, test } from './fixtures';
import { ManagerPage } from './pages/manager-page';
import { seedCookies } from './support/seed-cookies';
import {
  browserCookies,
  cdpSessionFor,
  recoveryNotices,
  sendRequest,
  stopWorkersWhen,
} from './support/worker-control';

// MV3 stops service workers (idle for 30 s, or a single event running for minutes), and a user
// can do so from chrome://serviceworker-internals. Here every worker is stopped over CDP while
// an action is under way; whatever the action had done by then, afterwards every cookie is
// either as before or as intended, the page says so in words, and Undo restores the rest.

const count = 1000;
/** How the English interface writes it: numbers follow the locale (`1,000`). */
const shown = count.toLocaleString('en');
const byName = (list: { name: string; value: string }[]) =>
  Object.fromEntries(list.map((c) => [c.name, c.value]));

test('a bulk delete stopped midway is finished on restart, the manager says so, and Undo restores every cookie', async ({
  context,
  page,
  extensionId,
  serviceWorker,
}) => {
  await seedCookies(serviceWorker, { count });
  const before = byName(await serviceWorker.evaluate(() => chrome.cookies.getAll({})));
  const manager = await ManagerPage.open(context, extensionId);
  const cdp = await cdpSessionFor(context, page);
  await expect(manager.matchCount).toHaveText(`${shown} cookies`);
  await manager.selectAllMatching();
  await manager.askBulkDelete();
  await manager.confirmBulkDelete({ waitForNotice: false });

  const atStop = await stopWorkersWhen(cdp, (cookies) => cookies.length <= count - 150);
  expect(atStop.length).toBeGreaterThan(0);

  await expect(manager.actionError).toContainText(
    "The extension's background stopped while it worked on this",
  );
  await expect(manager.actionError).not.toContainText('channel');
  await expect(manager.recoveryNotices).toContainText(
    `"Deleted ${shown} cookies" was cut off when the browser stopped the extension's background. On restart it was finished`,
  );
  await expect.poll(async () => (await browserCookies(cdp)).length).toBe(0);

  await manager.undoFromHistory(`Deleted ${shown} cookies`);
  await expect.poll(async () => (await browserCookies(cdp)).length).toBe(count);
  expect(byName(await browserCookies(cdp))).toEqual(before);
});

test('an import and an overwriting import stopped midway are finished; Undo takes back exactly what each did', async ({
  context,
  page,
  extensionId,
  serviceWorker,
}) => {
  const manager = await ManagerPage.open(context, extensionId);
  const cdp = await cdpSessionFor(context, page);
  const drafts = (value: string) =>
    Array.from({ length: count }, (_, i) => ({
      name: `c${i}`,
      value: `${value}${i}`,
      domain: `h${i % 20}.test`,
      hostOnly: true,
      path: '/',
      secure: false,
      httpOnly: false,
      sameSite: 'lax',
      expirationDate: Math.floor(Date.now() / 1000) + 3600,
      storeId: '0',
    }));

  // A fresh import.
  const fresh = sendRequest(manager.page, 'importCookies', {
    drafts: drafts('new'),
    onExisting: 'skip',
    seen: [],
  });
  const atStop = await stopWorkersWhen(cdp, (cookies) => cookies.length >= 150);
  expect(atStop.length).toBeLessThan(count);
  expect((await fresh).thrown).toMatch(/closed|Receiving end/);
  expect((await recoveryNotices(manager.page))[0]).toMatch(
    /^"Imported 1,000 cookies" was cut off .* finished: \d+ cookies done before the stop, \d+ cookies now\. It can be undone/,
  );
  expect(Object.values(byName(await browserCookies(cdp))).every((v) => v.startsWith('new'))).toBe(
    true,
  );
  expect(await browserCookies(cdp)).toHaveLength(count);

  // Overwriting it, from what the page saw.
  const originals = await serviceWorker.evaluate(() => chrome.cookies.getAll({}));
  const overwrite = sendRequest(manager.page, 'importCookies', {
    drafts: drafts('imported'),
    onExisting: 'overwrite',
    seen: originals,
  });
  await stopWorkersWhen(
    cdp,
    (cookies) => cookies.filter((c) => c.value.startsWith('imported')).length >= 107,
  );
  expect((await overwrite).thrown).toBeDefined();
  expect(await recoveryNotices(manager.page)).toHaveLength(1);
  const afterImport = await browserCookies(cdp);
  expect(afterImport).toHaveLength(count);
  expect(afterImport.every((c) => c.value.startsWith('imported'))).toBe(true);

  // Undo the overwrite: every original back, exactly.
  const history = await sendRequest(manager.page, 'listHistory', {});
  const [latest] = (history.value as { entries: { id: number; label: string }[] }).entries;
  expect(latest?.label).toBe(`Imported ${shown} cookies`);
  const undo = await sendRequest(manager.page, 'undo', { entryId: latest?.id });
  expect(undo.value).toMatchObject({ restored: count, failures: [] });
  expect(await serviceWorker.evaluate(() => chrome.cookies.getAll({}))).toEqual(
    expect.arrayContaining(originals),
  );
});

test('an undo stopped midway is finished on restart', async ({
  context,
  page,
  extensionId,
  serviceWorker,
}) => {
  await seedCookies(serviceWorker, { count });
  const before = byName(await serviceWorker.evaluate(() => chrome.cookies.getAll({})));
  const manager = await ManagerPage.open(context, extensionId);
  const cdp = await cdpSessionFor(context, page);
  const cookies = await serviceWorker.evaluate(() => chrome.cookies.getAll({}));
  const deleted = await sendRequest(manager.page, 'deleteCookies', { cookies });
  const { journalId } = deleted.value as { journalId: number };
  expect(await browserCookies(cdp)).toHaveLength(0);

  const undo = sendRequest(manager.page, 'undo', { entryId: journalId });
  await stopWorkersWhen(cdp, (list) => list.length >= 150);
  expect((await undo).thrown).toBeDefined();
  expect((await recoveryNotices(manager.page))[0]).toMatch(
    /^Undoing "Deleted 1,000 cookies" was cut off .* the undo was finished: 1,000 cookies restored\./,
  );
  expect(byName(await browserCookies(cdp))).toEqual(before);
  await expect(manager.historyEntries.first()).toHaveAttribute('data-state', 'undone');
});

test('a rename stopped between writing the new cookie and removing the old one leaves no duplicate', async ({
  context,
  page,
  extensionId,
  serviceWorker,
  cookies,
}) => {
  const old = await cookies.set({
    url: 'http://a.test/',
    name: 'old',
    value: 'keep-me',
    httpOnly: true,
    expirationDate: Math.floor(Date.now() / 1000) + 3600,
  });
  if (!old) throw new Error('the cookie was not set');
  // Exactly what the worker leaves when it stops between the two writes of a rename (too close
  // together to stop it there by timing): the new cookie written, the old one still there, and
  // the journal's record of the rename, stored through the product's own JournalStore.
  const renamed = await cookies.set({
    url: 'http://a.test/',
    name: 'renamed',
    value: 'keep-me',
    httpOnly: true,
    expirationDate: old.expirationDate,
  });
  const journal = new JournalStore({
    quotaBytes: sessionQuotaBytes,
    get: (keys) => serviceWorker.evaluate((k) => chrome.storage.session.get(k), keys),
    set: (items) => serviceWorker.evaluate((i) => chrome.storage.session.set(i), items),
    remove: (keys) => serviceWorker.evaluate((k) => chrome.storage.session.remove(k), keys),
    bytesInUse: () => serviceWorker.evaluate(() => chrome.storage.session.getBytesInUse(null)),
    keys: () => serviceWorker.evaluate(() => chrome.storage.session.getKeys()),
  });
  await journal.begin({
    kind: 'edit',
    label: 'Edited "old"',
    changes: [{ after: { ...renamed, session: false } as never }, { before: old as never }],
    time: Date.now(),
  });
  const cdp = await cdpSessionFor(context, page);
  await cdp.send('ServiceWorker.stopAllWorkers');

  const manager = await ManagerPage.open(context, extensionId);
  await expect(manager.recoveryNotices).toContainText('"Edited "old"" was cut off');
  expect((await browserCookies(cdp)).map((c) => c.name)).toEqual(['renamed']);
  await manager.undoFromHistory('Edited "old"');
  expect((await cookies.all()).map((c) => [c.name, c.value, c.httpOnly])).toEqual([
    ['old', 'keep-me', true],
  ]);
});

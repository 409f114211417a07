import { expect, test } from './fixtures';
import { ImportDialog } from './pages/import-dialog';
import { ManagerPage } from './pages/manager-page';

test('a binary file and a file over 32 MB are refused in words, without reading them into the page', async ({
  context,
  extensionId,
}) => {
  const manager = await ManagerPage.open(context, extensionId);
  const dialog = await ImportDialog.open(manager.page);
  await expect(dialog.root).toContainText('up to 32 MB');

  await dialog.chooseFile({
    name: 'Cookies',
    mimeType: 'application/octet-stream',
    buffer: Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 7)]),
  });
  await expect(dialog.error).toHaveText(/^This is not a text file: /);
  await expect(dialog.runButton).toHaveCount(0);

  await dialog.chooseFile({
    name: 'latin1.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('a.test\tFALSE\t/\tFALSE\t0\tname\tcaf\xe9\n', 'latin1'),
  });
  await expect(dialog.error).toHaveText(/^This is not a text file: /);

  await dialog.chooseFile({
    name: 'huge.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(33 * 1024 * 1024, 0x20),
  });
  await expect(dialog.chosenFile).toHaveText('huge.json, 33.0 MB');
  await expect(dialog.error).toHaveText(
    'This file is 33.0 MB; an import reads files of up to 32 MB. A browser keeps at most 3,300 cookies, which fit in far less: split the file or export fewer cookies.',
  );
});

test('more cookies for one site than Chrome keeps: said before importing, and the evicted ones named after', async ({
  context,
  extensionId,
  cookies,
}) => {
  test.setTimeout(60_000);
  const inADay = Math.floor(Date.now() / 1000) + 86_400;
  const file = Array.from({ length: 200 }, (_, i) =>
    ['crowded.test', 'FALSE', '/', 'FALSE', inADay, `c${i}`, `v${i}`].join('\t'),
  ).join('\n');
  const manager = await ManagerPage.open(context, extensionId);
  const dialog = await ImportDialog.open(manager.page);
  await dialog.chooseFile({
    name: 'crowded.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(file),
  });
  await expect(dialog.format).toHaveText('Netscape cookies.txt: 200 cookies, 200 importable.');
  await expect(dialog.eviction).toContainText(
    '1 site would hold more than the 180 cookies Chrome keeps per site (crowded.test: 200): there it evicts down to 150, the least recently used first.',
  );
  await expect(dialog.runButton).toBeDisabled();
  await dialog.root.getByTestId('import-accept-eviction').check();
  await dialog.runButton.click();

  await expect(dialog.notice).toContainText(/^Imported \d+ cookies; \d+ failed\./, {
    timeout: 30_000,
  });
  const kept = (await cookies.all({ domain: 'crowded.test' })).length;
  expect(kept).toBeLessThanOrEqual(180);
  await expect(dialog.notice).toContainText(`Imported ${kept} cookies; ${200 - kept} failed.`);
  await expect(dialog.results('failed')).toHaveCount(200 - kept);
  await expect(dialog.results('failed').first()).toContainText(
    'was written, but the browser no longer has it: it evicts cookies beyond 180 per site and 3,300 in all',
  );
  await expect(dialog.root).not.toContainText('stored a different');
});

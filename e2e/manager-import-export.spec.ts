import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ManagerPage } from './pages/manager-page';
import { cookiesServerReceives, setCookiesViaServer } from './support/site-cookies';

const hosts = ['a.test', 'b.test', 'c.test'] as const;

async function openImport(manager: ManagerPage) {
  await manager.page.getByTestId('import-button').click();
  return manager.page.getByTestId('import-dialog');
}

/** What each site's server receives now, one request per site. */
async function whatServersReceive(page: Page, servers: Parameters<typeof setCookiesViaServer>[1]) {
  const received: Record<string, Array<[string, string]>> = {};
  for (const host of hosts) {
    await page.goto(servers.url(host, '/'));
    received[host] = (await cookiesServerReceives(page, servers.url(host, '/echo'))).sort();
  }
  return received;
}

test('export everything, delete everything, import the file: every server receives the same cookies', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', [
    'a1=1; Max-Age=3600; HttpOnly',
    'a2=two; Domain=a.test',
  ]);
  await setCookiesViaServer(page, servers, 'b.test', [
    'b1=1; SameSite=Strict',
    'b2=x; Max-Age=600; Path=/',
  ]);
  await setCookiesViaServer(page, servers, 'c.test', ['c1=1; Secure; SameSite=None; Max-Age=900'], {
    https: true,
  });
  await setCookiesViaServer(page, servers, 'c.test', ['c2=2']);
  const before = await cookies.all();
  const receivedBefore = await whatServersReceive(page, servers);

  const manager = await ManagerPage.open(context, extensionId);
  await manager.page.getByTestId('export-button').click();
  await manager.page.locator('[name="exportScope"][value="all"]').check();
  await expect(manager.page.getByTestId('export-warning')).toContainText('live login sessions');
  const download = manager.page.waitForEvent('download');
  await manager.page.getByTestId('export-download').click();
  const file = await (await download).path();
  const exported = await readFile(file, 'utf8');
  expect(JSON.parse(exported).cookies).toHaveLength(before.length);
  await manager.page.getByTestId('export-close').click();

  await manager.selectAllMatching();
  await manager.askBulkDelete();
  await manager.confirmBulkDelete();
  await expect(manager.rows).toHaveCount(0);
  expect(await cookies.all()).toEqual([]);

  const dialog = await openImport(manager);
  await dialog.getByTestId('import-file').setInputFiles(file);
  // A file is read where it is parsed, never into the page's text box.
  await expect(dialog.getByTestId('import-file-chosen')).toContainText(' KB');
  await expect(dialog.getByTestId('import-text')).toHaveValue('');
  await expect(dialog.getByTestId('import-format')).toContainText(
    `Cookie Workbench JSON: ${before.length} cookies, ${before.length} importable`,
  );
  await dialog.getByTestId('import-run').click();
  await expect(dialog.getByTestId('notice')).toContainText(`Imported ${before.length} cookies.`);

  const sort = (list: chrome.cookies.Cookie[]) =>
    [...list].sort((x, y) => `${x.domain}${x.name}`.localeCompare(`${y.domain}${y.name}`));
  expect(sort(await cookies.all())).toEqual(sort(before));
  expect(await whatServersReceive(page, servers)).toEqual(receivedBefore);
});

test('a Cookie-Editor export with other spellings and a Firefox store id imports', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  const inAnHour = Math.floor(Date.now() / 1000) + 3600;
  const cookieEditorExport = JSON.stringify([
    {
      domain: '.a.test',
      hostOnly: false,
      httpOnly: false,
      name: 'ce_none',
      path: '/',
      sameSite: 'no_restriction',
      secure: true,
      session: true,
      storeId: 'firefox-default',
      value: '1',
    },
    {
      domain: 'a.test',
      hostOnly: true,
      httpOnly: true,
      name: 'ce_unspecified',
      path: '/',
      sameSite: 'unspecified',
      secure: false,
      session: false,
      expirationDate: inAnHour,
      storeId: 'firefox-container-2',
      value: '2',
    },
    {
      domain: 'a.test',
      hostOnly: true,
      httpOnly: false,
      name: 'ce_null',
      path: '/',
      sameSite: null,
      secure: false,
      session: true,
      storeId: null,
      value: '3',
    },
  ]);
  const manager = await ManagerPage.open(context, extensionId);
  const dialog = await openImport(manager);
  await dialog.getByTestId('import-text').fill(cookieEditorExport);
  await dialog.getByTestId('import-preview').click();
  await expect(dialog.getByTestId('import-format')).toContainText('3 cookies, 3 importable');
  await dialog.getByTestId('import-run').click();
  await expect(dialog.getByTestId('notice')).toContainText('Imported 3 cookies.');

  const stored = Object.fromEntries(
    (await cookies.all({ domain: 'a.test' })).map((c) => [c.name, c]),
  );
  expect(stored.ce_none).toMatchObject({
    sameSite: 'no_restriction',
    secure: true,
    hostOnly: false,
    session: true,
    storeId: '0',
  });
  expect(stored.ce_unspecified).toMatchObject({
    sameSite: 'unspecified',
    httpOnly: true,
    session: false,
    storeId: '0',
  });
  expect(stored.ce_unspecified?.expirationDate).toBeCloseTo(inAnHour, 0);
  expect(stored.ce_null).toMatchObject({ sameSite: 'unspecified', session: true });
  await page.goto(servers.url('a.test', '/'));
  expect(await cookiesServerReceives(page, servers.url('a.test', '/echo'))).toEqual(
    expect.arrayContaining([
      ['ce_unspecified', '2'],
      ['ce_null', '3'],
    ]),
  );
});

test('a Netscape file with HttpOnly and session lines keeps both kinds', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  const inADay = Math.floor(Date.now() / 1000) + 86_400;
  const netscape = [
    '# Netscape HTTP Cookie File',
    `#HttpOnly_a.test\tFALSE\t/\tFALSE\t${inADay}\tns_httponly\tsecret`,
    'a.test\tFALSE\t/\tFALSE\t0\tns_session\tbye',
    `.b.test\tTRUE\t/\tFALSE\t${inADay}\tns_domain\twide`,
    '',
  ].join('\n');
  const manager = await ManagerPage.open(context, extensionId);
  const dialog = await openImport(manager);
  await dialog.getByTestId('import-text').fill(netscape);
  await dialog.getByTestId('import-preview').click();
  await expect(dialog.getByTestId('import-format')).toContainText(
    'Netscape cookies.txt: 3 cookies',
  );
  await dialog.getByTestId('import-run').click();
  await expect(dialog.getByTestId('notice')).toContainText('Imported 3 cookies.');

  const stored = Object.fromEntries((await cookies.all()).map((c) => [c.name, c]));
  expect(stored.ns_httponly).toMatchObject({
    httpOnly: true,
    session: false,
    hostOnly: true,
    domain: 'a.test',
  });
  expect(stored.ns_httponly?.expirationDate).toBeCloseTo(inADay, 0);
  expect(stored.ns_session).toMatchObject({ session: true, httpOnly: false });
  expect(stored.ns_domain).toMatchObject({ domain: '.b.test', hostOnly: false, session: false });
  await page.goto(servers.url('a.test', '/'));
  expect(await cookiesServerReceives(page, servers.url('a.test', '/echo'))).toEqual(
    expect.arrayContaining([
      ['ns_httponly', 'secret'],
      ['ns_session', 'bye'],
    ]),
  );
});

test('an import with one invalid cookie imports the others and names it with its reason; existing ones are asked about', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', ['keep=original']);
  const file = JSON.stringify([
    {
      domain: 'a.test',
      hostOnly: true,
      name: 'good',
      path: '/',
      value: 'ok',
      secure: false,
      httpOnly: false,
      sameSite: 'lax',
    },
    {
      domain: 'a.test',
      hostOnly: true,
      name: 'bad',
      path: '/',
      value: 'semi;colon',
      secure: false,
      httpOnly: false,
    },
    {
      domain: 'a.test',
      hostOnly: true,
      name: 'keep',
      path: '/',
      value: 'replaced',
      secure: false,
      httpOnly: false,
    },
  ]);
  const manager = await ManagerPage.open(context, extensionId);
  const dialog = await openImport(manager);
  await dialog.getByTestId('import-text').fill(file);
  await dialog.getByTestId('import-preview').click();
  await expect(dialog.locator('[data-testid="import-entry"][data-ok="false"]')).toContainText(
    '";"',
  );
  // An existing cookie is never replaced silently: the import waits for a choice.
  await expect(dialog.getByTestId('import-existing')).toContainText(
    '1 of these cookies exist already',
  );
  await expect(dialog.getByTestId('import-run')).toBeDisabled();
  await dialog.locator('[name="onExisting"][value="skip"]').check();
  await dialog.getByTestId('import-run').click();
  await expect(dialog.getByTestId('notice')).toContainText('Imported 1 cookie; 1 failed.');
  await expect(dialog.locator('[data-testid="import-result"][data-status="failed"]')).toContainText(
    'bad',
  );
  await expect(dialog.locator('[data-testid="import-result"][data-status="failed"]')).toContainText(
    'cannot contain ";"',
  );
  await expect(
    dialog.locator('[data-testid="import-result"][data-status="skipped"]'),
  ).toContainText('keep');

  const stored = Object.fromEntries(
    (await cookies.all({ domain: 'a.test' })).map((c) => [c.name, c.value]),
  );
  expect(stored).toEqual({ good: 'ok', keep: 'original' });
});

test('a pasted curl command imports its cookies for its own host; one with a cookie file says so', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  const manager = await ManagerPage.open(context, extensionId);
  const dialog = await openImport(manager);
  await dialog.getByTestId('import-text').fill('curl -b cookies.txt http://a.test/');
  await dialog.getByTestId('import-preview').click();
  await expect(dialog.getByTestId('import-error')).toHaveText(
    'curl -b with a file name (cookies.txt) reads cookies from that file: import the file itself instead.',
  );

  await dialog
    .getByTestId('import-text')
    .fill(
      `curl '${servers.url('a.test', '/')}' \\\n  -H 'accept: */*' \\\n  -b 'from_curl=1; other=two'`,
    );
  await dialog.getByTestId('import-preview').click();
  await expect(dialog.getByTestId('import-format')).toHaveText(
    'curl command: 2 cookies, 2 importable.',
  );
  await dialog.getByTestId('import-run').click();
  await expect(dialog.getByTestId('notice')).toContainText('Imported 2 cookies.');
  expect((await cookies.all()).map((c) => `${c.name}@${c.domain}`).sort()).toEqual([
    'from_curl@a.test',
    'other@a.test',
  ]);
  await page.goto(servers.url('a.test', '/'));
  expect((await cookiesServerReceives(page, servers.url('a.test', '/echo'))).sort()).toEqual([
    ['from_curl', '1'],
    ['other', 'two'],
  ]);
});

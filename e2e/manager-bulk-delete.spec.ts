import type { Page } from '@playwright/test';
import { test as base, expect } from './fixtures';
import { ManagerPage } from './pages/manager-page';
import type { CookieTestServer } from './support/cookie-test-server';
import { cookiesServerReceives, setCookiesViaServer } from './support/site-cookies';

const test = base.extend<{ manager: ManagerPage }>({
  manager: async ({ context, page, extensionId, servers, cookies }, use) => {
    await setCookiesViaServer(page, servers, 'a.test', [
      'a1=1',
      'a2=2; Max-Age=600; HttpOnly; SameSite=Strict',
      'a3=3; Domain=a.test; Path=/x',
    ]);
    await setCookiesViaServer(page, servers, 'b.test', ['b1=1; SameSite=Lax', 'b2=2; Max-Age=900']);
    await setCookiesViaServer(
      page,
      servers,
      'b.test',
      ['b3=3; Secure; SameSite=None; Max-Age=900'],
      {
        https: true,
      },
    );
    await setCookiesViaServer(page, servers, 'c.test', ['c1=1', 'c2=2; Max-Age=700']);
    await cookies.set({
      url: servers.url('b.test', '/', { https: true }),
      name: 'b_chips',
      value: 'partitioned',
      secure: true,
      sameSite: 'no_restriction',
      expirationDate: Math.floor(Date.now() / 1000) + 3600,
      partitionKey: { topLevelSite: 'https://a.test' },
    });
    await use(await ManagerPage.open(context, extensionId));
  },
});

/** Names of the cookies the server receives on `host` (http and https requests together). */
async function serverReceives(page: Page, servers: CookieTestServer, host: string) {
  const names: string[] = [];
  for (const https of [false, true]) {
    await page.goto(servers.url(host, '/', { https }));
    const received = await cookiesServerReceives(page, servers.url(host, '/x/echo', { https }));
    names.push(...received.map(([name]) => name));
  }
  return [...new Set(names)].sort();
}

const byIdentity = (list: chrome.cookies.Cookie[]) =>
  [...list].sort((a, b) =>
    `${a.name} ${a.domain} ${a.path}`.localeCompare(`${b.name} ${b.domain} ${b.path}`),
  );

test('cookies selected across sites are deleted after a confirmation, exactly those; Undo brings every one back exactly', async ({
  manager,
  page,
  servers,
  cookies,
}) => {
  const before = await cookies.all();
  expect(before).toHaveLength(9);
  const doomed = [
    manager.row('a2'),
    manager.row('a3'),
    manager.row('b1'),
    manager.row('b3'),
    manager.row('b_chips'),
    manager.row('c2'),
  ];
  for (const row of doomed) await manager.select(row);
  await expect(manager.selectedCount).toHaveText('6 selected');

  // Cancel keeps everything.
  expect(await manager.askBulkDelete()).toContain(
    'Delete 6 selected cookies of a.test, b.test and c.test?',
  );
  await manager.cancelBulkDelete();
  await expect(manager.rows).toHaveCount(9);

  await manager.askBulkDelete();
  await manager.confirmBulkDelete();
  await expect(manager.notice).toContainText('Deleted 6 cookies of a.test, b.test and c.test.');
  expect(await manager.shownRows()).toEqual(['a1@a.test', 'b2@b.test', 'c1@c.test']);
  await expect(manager.selectedCount).toHaveText('0 selected');

  expect(await serverReceives(page, servers, 'a.test')).toEqual(['a1']);
  expect(await serverReceives(page, servers, 'b.test')).toEqual(['b2']);
  expect(await serverReceives(page, servers, 'c.test')).toEqual(['c1']);
  expect((await cookies.all()).map((c) => c.name).sort()).toEqual(['a1', 'b2', 'c1']);

  await manager.undoLastAction();
  await expect(manager.notice).toHaveText('Undone: 6 cookies restored.');
  await expect(manager.rows).toHaveCount(9);
  expect(byIdentity(await cookies.all())).toEqual(byIdentity(before));
  expect(await serverReceives(page, servers, 'a.test')).toEqual(['a1', 'a2', 'a3']);
  expect(await serverReceives(page, servers, 'b.test')).toEqual(['b1', 'b2', 'b3']);
});

test('"select all matching" takes the search and filters; the confirmation counts hidden selected cookies', async ({
  manager,
  cookies,
}) => {
  await manager.search('/^[ab][12]$/');
  await manager.filter('lifetime', 'session');
  expect(await manager.shownRows()).toEqual(['a1@a.test', 'b1@b.test']);
  await manager.selectAllMatching();
  await expect(manager.selectedCount).toHaveText('2 selected');

  // The selection outlives a new search; the confirmation says one selected cookie is hidden.
  await manager.clearFilters();
  await manager.search('c');
  await manager.select(manager.row('c1'));
  expect(await manager.askBulkDelete()).toContain(
    'Delete 3 selected cookies of a.test, b.test and c.test? 2 of them are hidden by the search or filters.',
  );
  await manager.confirmBulkDelete();
  await expect(manager.notice).toContainText('Deleted 3 cookies');
  expect((await cookies.all()).map((c) => c.name).sort()).toEqual([
    'a2',
    'a3',
    'b2',
    'b3',
    'b_chips',
    'c2',
  ]);
});

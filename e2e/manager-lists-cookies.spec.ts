import { test as base, expect } from './fixtures';
import { ManagerPage } from './pages/manager-page';
import { setCookiesViaServer } from './support/site-cookies';

/** The manager over cookies of three sites (one on a subdomain), one partitioned under a.test. */
const test = base.extend<{ manager: ManagerPage }>({
  manager: async ({ context, page, extensionId, servers, cookies }, use) => {
    await setCookiesViaServer(page, servers, 'a.test', ['a_sess=1', 'a_keep=2; Max-Age=600']);
    await setCookiesViaServer(page, servers, 'sub.a.test', ['a_sub=3']);
    await setCookiesViaServer(page, servers, 'b.test', ['b_sess=1; HttpOnly']);
    await setCookiesViaServer(page, servers, 'c.test', [
      'c_keep=1; Max-Age=600',
      'c_strict=2; SameSite=Strict; Max-Age=900',
    ]);
    await cookies.set({
      url: servers.url('b.test', '/', { https: true }),
      name: 'b_chips',
      value: 'partitioned',
      secure: true,
      sameSite: 'no_restriction',
      partitionKey: { topLevelSite: 'https://a.test' },
    });
    await use(await ManagerPage.open(context, extensionId));
  },
});

const everyRow = [
  'a_keep@a.test',
  'a_sess@a.test',
  'a_sub@sub.a.test',
  'b_chips@b.test',
  'b_sess@b.test',
  'c_keep@c.test',
  'c_strict@c.test',
];

test('every cookie of every site, grouped by site with session and persistent counts, the partitioned one included', async ({
  manager,
}) => {
  expect(await manager.groupCounts()).toEqual({
    'a.test': { session: 2, persistent: 1 },
    'b.test': { session: 2, persistent: 0 },
    'c.test': { session: 0, persistent: 2 },
  });
  // Sites in order, each site's cookies by name; sub.a.test belongs to a.test.
  expect(await manager.shownRows()).toEqual(everyRow);
  await expect(manager.row('a_sub')).toHaveAttribute('data-site', 'a.test');
  await expect(manager.row('b_chips').getByTestId('flag-partitioned')).toHaveText(
    'partitioned: https://a.test',
  );
  await expect(manager.matchCount).toHaveText('7 cookies');
});

test('search by plain text or /regex/flags; an invalid regex says why and shows nothing', async ({
  manager,
}) => {
  await manager.search('keep');
  expect(await manager.shownRows()).toEqual(['a_keep@a.test', 'c_keep@c.test']);
  await expect(manager.matchCount).toHaveText('2 of 7 cookies match');
  // Values and domains are searched too (quoted: a bare `partitioned` is the attribute token).
  await manager.search('"partitioned"');
  expect(await manager.shownRows()).toEqual(['b_chips@b.test']);
  await manager.search('value:partitioned');
  expect(await manager.shownRows()).toEqual(['b_chips@b.test']);
  await manager.search('sub.a');
  expect(await manager.shownRows()).toEqual(['a_sub@sub.a.test']);

  await manager.search('/^[ab]_sess$/');
  expect(await manager.shownRows()).toEqual(['a_sess@a.test', 'b_sess@b.test']);
  await manager.search('/^C_/i');
  expect(await manager.shownRows()).toEqual(['c_keep@c.test', 'c_strict@c.test']);
  expect(await manager.groupCounts()).toEqual({ 'c.test': { session: 0, persistent: 2 } });

  // Attribute tokens and negation, as in the popup and the panel.
  await manager.search('is:persistent -samesite:strict');
  expect(await manager.shownRows()).toEqual(['a_keep@a.test', 'c_keep@c.test']);
  await manager.search('partitioned secure:yes samesite:none');
  expect(await manager.shownRows()).toEqual(['b_chips@b.test']);
  await manager.search('domain:a.test -name:/^a_s/');
  expect(await manager.shownRows()).toEqual(['a_keep@a.test']);
  await manager.search('httponly:yes');
  expect(await manager.shownRows()).toEqual(['b_sess@b.test']);

  await manager.search('/(unclosed/');
  await expect(manager.searchError).toContainText('Not a valid regular expression');
  await expect(manager.rows).toHaveCount(0);

  await manager.search('');
  await expect(manager.searchError).toHaveCount(0);
  expect(await manager.shownRows()).toEqual(everyRow);
});

test('filters by lifetime, Secure, HttpOnly, SameSite and partition', async ({ manager }) => {
  const cases: Array<[Parameters<ManagerPage['filter']>, string[]]> = [
    [
      ['lifetime', 'persistent'],
      ['a_keep@a.test', 'c_keep@c.test', 'c_strict@c.test'],
    ],
    [
      ['lifetime', 'session'],
      ['a_sess@a.test', 'a_sub@sub.a.test', 'b_chips@b.test', 'b_sess@b.test'],
    ],
    [['httponly', 'yes'], ['b_sess@b.test']],
    [['secure', 'yes'], ['b_chips@b.test']],
    [['samesite', 'strict'], ['c_strict@c.test']],
    [['samesite', 'no_restriction'], ['b_chips@b.test']],
    [['partitioned', 'yes'], ['b_chips@b.test']],
  ];
  for (const [[which, value], expected] of cases) {
    await manager.filter(which, value);
    await expect.poll(() => manager.shownRows(), `${which}=${value}`).toEqual(expected);
    await manager.clearFilters();
  }
  // Filters combine with each other and with the search.
  await manager.filter('lifetime', 'session');
  await manager.filter('secure', 'no');
  await manager.search('a_');
  expect(await manager.shownRows()).toEqual(['a_sess@a.test', 'a_sub@sub.a.test']);
});

test('sorting within each site: by expiry (session cookies last), by size, back to name', async ({
  manager,
  servers,
  cookies,
}) => {
  // Last by name, first by expiry.
  await cookies.set({
    url: servers.url('a.test', '/'),
    name: 'a_zz_soon',
    value: '1',
    expirationDate: Math.floor(Date.now() / 1000) + 60,
  });
  await expect(manager.row('a_zz_soon')).toHaveCount(1);
  await manager.orderBy('expiry');
  expect(await manager.shownRows()).toEqual([
    'a_zz_soon@a.test',
    'a_keep@a.test',
    'a_sess@a.test',
    'a_sub@sub.a.test',
    'b_chips@b.test',
    'b_sess@b.test',
    'c_keep@c.test',
    'c_strict@c.test',
  ]);
  await manager.orderBy('size');
  expect(await manager.shownRows()).toEqual([
    'a_zz_soon@a.test',
    'a_keep@a.test',
    'a_sess@a.test',
    'a_sub@sub.a.test',
    'b_chips@b.test',
    'b_sess@b.test',
    'c_strict@c.test',
    'c_keep@c.test',
  ]);
  await manager.orderBy('name');
  expect(await manager.shownRows()).toEqual([
    ...everyRow.slice(0, 3),
    'a_zz_soon@a.test',
    ...everyRow.slice(3),
  ]);
});

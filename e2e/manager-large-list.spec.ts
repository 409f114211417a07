import { test as base, expect } from './fixtures';
import { ManagerPage } from './pages/manager-page';

const sites = 100;
const perSite = 30;

/** 3,000 cookies over 100 sites, written straight into the store (no page needs to load). */
const test = base.extend<{ manager: ManagerPage }>({
  manager: async ({ context, extensionId, serviceWorker }, use) => {
    await serviceWorker.evaluate(
      async ({ sites, perSite }) => {
        const now = Math.floor(Date.now() / 1000);
        const writes: Promise<unknown>[] = [];
        for (let s = 0; s < sites; s++) {
          const site = `site-${String(s).padStart(3, '0')}.test`;
          for (let c = 0; c < perSite; c++) {
            const host = c % 3 === 0 ? `www.${site}` : site;
            writes.push(
              chrome.cookies.set({
                url: `http://${host}/`,
                name: `cookie-${String(c).padStart(2, '0')}`,
                value: `value-${s}-${c}-${'x'.repeat(c)}`,
                ...(c % 2 === 0 ? { expirationDate: now + 3600 * (c + 1) } : {}),
              }),
            );
          }
        }
        await Promise.all(writes);
      },
      { sites, perSite },
    );
    await use(await ManagerPage.open(context, extensionId));
  },
});

test('3,000 cookies over 100 sites: virtualised, searching narrows and restores the list', async ({
  manager,
}) => {
  await expect(manager.matchCount).toHaveText('3,000 cookies');
  await expect(manager.groups.first()).toHaveAttribute('data-site', 'site-000.test');
  // Only the rows near the viewport exist.
  expect(await manager.rows.count()).toBeLessThan(60);

  const timings = await manager.measureSearchKeystrokes([
    'c',
    'co',
    'cookie-1',
    'cookie-17',
    'value-42',
    '/^cookie-0[0-4]$/',
    'www.site-05',
    'no such cookie',
    '',
  ]);
  // Timings are reported, not asserted: the speed target lives in `npm run bench`.
  test.info().annotations.push({
    type: 'search keystroke (ms)',
    description: timings.map((t) => t.toFixed(1)).join(', '),
  });
  expect(timings).toHaveLength(9);
  await expect(manager.rows.first()).toBeVisible();
  await expect(manager.matchCount).toHaveText('3,000 cookies');

  // What the searches find, over all 3,000 and not only the rendered rows.
  await manager.search('cookie-17');
  await expect(manager.matchCount).toHaveText('100 of 3,000 cookies match');
  await expect(manager.rows.first()).toHaveAttribute('data-name', 'cookie-17');
  await manager.search('/^cookie-0[0-4]$/');
  await expect(manager.matchCount).toHaveText('500 of 3,000 cookies match');
  await manager.search('www.site-05');
  await expect(manager.matchCount).toHaveText('100 of 3,000 cookies match');
  await expect(manager.rows.first()).toHaveAttribute('data-domain', 'www.site-050.test');
  await manager.search('no such cookie');
  await expect(manager.rows).toHaveCount(0);
  await manager.search('');
  await expect(manager.matchCount).toHaveText('3,000 cookies');
});

test('keyboard: arrows, Page Down and End move between rows and scroll them into view; Space selects; Enter edits', async ({
  manager,
}) => {
  await manager.focusRow(manager.rows.first());
  await expect.poll(() => manager.focusedRow()).toBe('cookie-00@www.site-000.test');
  await manager.press('ArrowDown');
  await manager.press('ArrowDown');
  await expect.poll(() => manager.focusedRow()).toBe('cookie-02@site-000.test');
  await manager.press('ArrowUp');
  await expect.poll(() => manager.focusedRow()).toBe('cookie-01@site-000.test');

  await manager.press('Space');
  await expect(manager.selectedCount).toHaveText('1 selected');
  await expect(
    manager.checkbox(manager.row('cookie-01', { domain: 'site-000.test' })),
  ).toBeChecked();

  // Far past the rendered rows: the list scrolls, the row is created and takes the focus.
  for (let i = 0; i < 40; i++) await manager.press('ArrowDown');
  await expect.poll(() => manager.focusedRow()).toBe('cookie-11@site-001.test');
  await expect
    .poll(() => manager.isInView(manager.row('cookie-11', { domain: 'site-001.test' })))
    .toBe(true);
  // A page down: several rows further (the viewport's worth), still in view.
  await manager.press('PageDown');
  await expect.poll(() => manager.focusedRow()).not.toBe('cookie-11@site-001.test');
  const paged = (await manager.focusedRow()) ?? '';
  const [pagedName, pagedDomain] = paged.split('@');
  // One line per cookie: a page is a couple of dozen rows, into the next site or further.
  const site = (domain = '') => Number(domain.match(/site-(\d+)/)?.[1]);
  const after =
    site(pagedDomain) > 1 ||
    (site(pagedDomain) === 1 && Number(pagedName?.replace('cookie-', '')) > 12);
  expect(after, paged).toBe(true);
  await expect
    .poll(() => manager.isInView(manager.row(pagedName ?? '', { domain: pagedDomain ?? '' })))
    .toBe(true);
  await manager.press('End');
  await expect.poll(() => manager.focusedRow()).toBe('cookie-29@site-099.test');
  const last = manager.row('cookie-29', { domain: 'site-099.test' });
  await expect.poll(() => manager.isInView(last)).toBe(true);

  await manager.press('Enter');
  await expect(manager.ui.form.getByRole('heading')).toHaveText('Edit "cookie-29"');
  await manager.press('Escape');
  await expect(manager.ui.form).toHaveCount(0);
  // Back on the row it came from, ready for the next key.
  await expect.poll(() => manager.focusedRow()).toBe('cookie-29@site-099.test');
  await manager.press('Home');
  await expect.poll(() => manager.focusedRow()).toBe('cookie-00@www.site-000.test');
  await manager.press('Space');
  await expect(manager.selectedCount).toHaveText('2 selected');
});

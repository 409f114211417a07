import { test as base, expect } from './fixtures';
import { ManagerPage } from './pages/manager-page';

// Chrome keeps at most 180 cookies per registrable domain: 3,000 cookies over 20 sites.
const sites = 20;
const perSite = 150;

/**
 * 3,000 cookies whose values are long runs of one letter, 2,000 to 3,999 of them: what a
 * backtracking engine needs to spend exponential time on `/(a|aa)+b/`. Cookie `c<i>` is on
 * site `freeze-<i / 150>.test`.
 */
const test = base.extend<{ manager: ManagerPage }>({
  manager: async ({ context, extensionId, serviceWorker }, use) => {
    await serviceWorker.evaluate(
      async ({ sites, perSite }) => {
        const writes: Promise<unknown>[] = [];
        for (let i = 0; i < sites * perSite; i++) {
          const site = `freeze-${String(Math.floor(i / perSite)).padStart(2, '0')}.test`;
          writes.push(
            chrome.cookies.set({
              url: `http://${site}/`,
              name: `c${i}`,
              value: 'a'.repeat(2000 + ((i * 7) % 2000)),
            }),
          );
        }
        await Promise.all(writes);
      },
      { sites, perSite },
    );
    await use(await ManagerPage.open(context, extensionId));
  },
});

test('a /regex/ that backtracks catastrophically answers at once over 3,000 long values; ordinary ones still filter', async ({
  manager,
}) => {
  test.setTimeout(60_000);
  await expect(manager.matchCount).toHaveText('3,000 cookies', { timeout: 15_000 });

  // The regex engine is its own chunk, fetched on the first /regex/ search only.
  const isRegexEngine = (file: string) => file.startsWith('linear-regex-');
  expect(manager.loadedScripts()).toContainEqual(expect.stringMatching(/^manager-/));
  expect(manager.loadedScripts().filter(isRegexEngine)).toEqual([]);

  // With a backtracking engine this froze the page for more than 100 s.
  const start = Date.now();
  await manager.search('/(a|aa)+b/');
  await expect(manager.matchCount).toHaveText('0 of 3,000 cookies match', { timeout: 5_000 });
  await expect(manager.emptyMessage).toHaveText('No cookie matches the search and filters.');
  const answered = Date.now() - start;
  expect(await manager.roundTrip()).toBeLessThan(1_000);
  expect(manager.loadedScripts().filter(isRegexEngine)).toHaveLength(1);
  test.info().annotations.push({ type: '/(a|aa)+b/ answered (ms)', description: `${answered}` });

  // The same with a flag, which leaves RE2 no literal to look for first.
  await manager.search('/(a|aa)+B/i');
  await expect(manager.matchCount).toHaveText('0 of 3,000 cookies match', { timeout: 5_000 });
  expect(await manager.roundTrip()).toBeLessThan(1_000);

  await manager.search('/^c1\\d$/');
  await expect(manager.matchCount).toHaveText('10 of 3,000 cookies match');
  await expect(manager.rows.first()).toHaveAttribute('data-name', 'c10');
  for (const row of await manager.shownRows()) expect(row).toMatch(/^c1\d@freeze-00\.test$/);
  // Values of exactly 2,000 letters: c0 and c2000.
  await manager.search('/^a{1000}a{1000}$/');
  await expect(manager.matchCount).toHaveText('2 of 3,000 cookies match');

  // What RE2 cannot run says so, and matches nothing.
  await manager.search('/(a)\\1/');
  await expect(manager.searchError).toHaveText(
    'Backreferences and lookaround are not supported: searches run in linear time so that no pattern can freeze the page.',
  );
  await expect(manager.rows).toHaveCount(0);

  await manager.search('');
  await expect(manager.matchCount).toHaveText('3,000 cookies');
});

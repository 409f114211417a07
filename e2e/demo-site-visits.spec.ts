import { expect, openWorkbench, test } from './demo-fixtures';

// A one-second interval, so a second visit can count without waiting a day.
test.use({ demoSiteOptions: { visitIntervalSeconds: 1 } });

test('a visit count changed in the popup is the count the about page shows', async ({
  context,
  page,
  extensionId,
  demoSite,
  demoClock,
  cookies,
}) => {
  await page.goto(demoSite.url('/visits/'));
  await expect(page.locator('#visits-count')).toHaveText('1');
  // As in the tutorial, the first visit sets last_visit only.
  expect(await cookies.all({ name: 'visits' })).toEqual([]);
  const firstVisitDone = demoClock.now();
  // Once the interval has passed, stop the server's clock: the next visit counts, and every
  // visit after it falls inside the interval however slow the machine is.
  await expect.poll(() => demoClock.now() - firstVisitDone).toBeGreaterThanOrEqual(1000);
  demoClock.pause();
  await page.goto(demoSite.url('/visits/'));
  await expect(page.locator('#visits-count')).toHaveText('2');
  const [before] = await cookies.all({ name: 'visits' });
  if (!before) throw new Error('the demo site did not set the visits cookie on a counted visit');
  expect(before.session).toBe(true);
  await page.goto(demoSite.url('/visits/about'));
  const lastVisit = await page.locator('#last-visit').textContent();
  expect(lastVisit).toMatch(/^\d{4}-\d\d-\d\dT/);

  const { popup, ui } = await openWorkbench(context, extensionId, page);
  await expect(ui.row('visits').getByTestId('cookie-value')).toHaveText('2');
  await ui.editCookie(ui.row('visits'), { value: '42' });
  await popup.close();

  await page.goto(demoSite.url('/visits/about'));
  await expect(page.locator('#visits-count')).toHaveText('42');
  await expect(page.locator('#received-cookies tr[data-name="visits"]')).toContainText('42');
  // Only the value changed: last_visit is intact, so the counter page does not count this visit.
  await expect(page.locator('#last-visit')).toHaveText(lastVisit ?? '');
  await expect(page.locator('#cookie-problems')).toHaveCount(0);
  await page.goto(demoSite.url('/visits/'));
  await expect(page.locator('#visits-count')).toHaveText('42');
  await expect(page.locator('#visit-status')).toContainText('does not count');
  // And the browser kept every other attribute of the server's cookie.
  expect(await cookies.all({ name: 'visits' })).toEqual([{ ...before, value: '42' }]);
});

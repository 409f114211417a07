import { expect, openWorkbench, test } from './demo-fixtures';

test('a visit count changed in the popup is the count the about page shows', async ({
  context,
  page,
  extensionId,
  demoSite,
  cookies,
}) => {
  await page.goto(demoSite.url('/visits/'));
  await expect(page.locator('#visits-count')).toHaveText('1');
  const [before] = await cookies.all({ name: 'visits' });
  if (!before) throw new Error('the demo site did not set the visits cookie');
  await page.goto(demoSite.url('/visits/about'));
  const lastVisit = await page.locator('#last-visit').textContent();
  expect(lastVisit).toMatch(/^\d{4}-\d\d-\d\dT/);

  const { popup, ui } = await openWorkbench(context, extensionId, page);
  await expect(ui.row('visits').getByTestId('cookie-value')).toHaveText('1');
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

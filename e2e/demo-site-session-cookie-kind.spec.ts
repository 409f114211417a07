import type { Page } from '@playwright/test';
import { expect, openWorkbench, test } from './demo-fixtures';

/** Puts something in the session through the page's form: only then is the cookie sent. */
async function startSession(page: Page): Promise<void> {
  const form = page.locator('#session-set-form');
  await form.locator('[name="key"]').fill('cart');
  await form.locator('[name="value"]').fill('apples');
  await form.getByRole('button').click();
  await expect(page.locator('#session-items tr[data-key="cart"]')).toHaveCount(1);
}

test.describe('expire at browser close', () => {
  test.use({ demoSiteOptions: { sessionExpireAtBrowserClose: true } });

  test('the popup labels the session id cookie a session cookie', async ({
    context,
    page,
    extensionId,
    demoSite,
    cookies,
  }) => {
    await page.goto(demoSite.url('/sessions/'));
    await startSession(page);
    await expect(page.locator('#cookie-kind')).toHaveText('session cookie');
    expect(await cookies.all({ name: 'sessionid' })).toMatchObject([{ session: true }]);

    const { popup, ui } = await openWorkbench(context, extensionId, page);
    const lifetime = ui.row('sessionid').getByTestId('cookie-lifetime');
    await expect(lifetime).toHaveAttribute('data-lifetime', 'session');
    await expect(lifetime).toHaveText('session');
    await expect(ui.row('sessionid').getByTestId('cookie-expiry')).toHaveCount(0);
    // The other cookie is the forms' csrftoken, persistent for a year as Django's.
    expect(await ui.counts()).toEqual({ session: 1, persistent: 1 });
    await popup.close();
  });
});

test.describe('session cookie age', () => {
  // An odd age (1 h 23 min 20 s), far from the two-week default, so no other expiry matches it.
  const ageSeconds = 5000;
  test.use({ demoSiteOptions: { sessionCookieAgeSeconds: ageSeconds } });

  test('the popup labels the session id cookie persistent, expiring after the age', async ({
    context,
    page,
    extensionId,
    demoSite,
    cookies,
  }) => {
    await page.goto(demoSite.url('/sessions/'));
    const sentAfter = Date.now() / 1000;
    await startSession(page);
    const sentBefore = Date.now() / 1000;
    await expect(page.locator('#cookie-kind')).toHaveText('persistent cookie');
    // Expires has whole seconds: allow one below the window, and one above for clock steps.
    const earliest = Math.floor(sentAfter) + ageSeconds - 1;
    const latest = Math.ceil(sentBefore) + ageSeconds + 1;
    const [stored] = await cookies.all({ name: 'sessionid' });
    expect(stored?.session).toBe(false);
    expect(stored?.expirationDate).toBeGreaterThanOrEqual(earliest);
    expect(stored?.expirationDate).toBeLessThanOrEqual(latest);

    const { popup, ui } = await openWorkbench(context, extensionId, page);
    const lifetime = ui.row('sessionid').getByTestId('cookie-lifetime');
    await expect(lifetime).toHaveAttribute('data-lifetime', 'persistent');
    await expect(lifetime).toContainText(/^persistent · in 1 hour/);
    // sessionid and the forms' csrftoken.
    expect(await ui.counts()).toEqual({ session: 0, persistent: 2 });
    // The date the popup shows, read back in the popup's own time zone, to the second.
    const shown = (await ui.row('sessionid').getByTestId('cookie-expiry').textContent()) ?? '';
    const shownSeconds = await popup.page.evaluate(
      (text) => Date.parse(text.trim().replace(/^\(|\)$/g, '')) / 1000,
      shown,
    );
    expect(shownSeconds, `the popup shows "${shown}"`).toBeGreaterThanOrEqual(earliest);
    expect(shownSeconds, `the popup shows "${shown}"`).toBeLessThanOrEqual(latest);
    await popup.close();
  });
});

import type { Locator } from '@playwright/test';
import { expect, openWorkbench, test } from './demo-fixtures';

const loginSeconds = 3;
test.use({ demoSiteOptions: { loginSeconds } });

const text = async (locator: Locator) =>
  ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

test('the short login runs out as the page says while its session cookies stay', async ({
  context,
  page,
  extensionId,
  demoSite,
  demoClock,
  cookies,
}) => {
  const status = page.locator('#login-status');
  await page.goto(demoSite.url('/login/'));
  await expect(status).toHaveText('Not logged in.');
  // The server's clock stands still until the test has looked: a slow machine cannot eat
  // into the 3 s window before the first check.
  demoClock.pause();
  await page.locator('#login-form [name="username"]').fill('alice');
  await page.locator('#login-form').getByRole('button').click();
  await expect(page.locator('#login-username')).toHaveText('alice');
  // Reloaded, the page logs in from the cookies alone.
  await page.goto(demoSite.url('/login/'));
  await expect(page.locator('#login-username')).toHaveText('alice');
  await expect(page.locator('#login-remaining')).toHaveText(String(loginSeconds));
  // From here the login runs out in real time, while the test looks at the popup.
  const loginTime = demoClock.now();
  demoClock.resume();

  // What the server stored in the browser, as the extension shows it.
  const { popup, ui } = await openWorkbench(context, extensionId, page);
  await expect(ui.row('username').getByTestId('cookie-value')).toHaveText('alice');
  const stamp = decodeURIComponent(
    await text(ui.row('last_connection').getByTestId('cookie-value')),
  );
  const loggedInAt = Date.parse(stamp);
  expect(loggedInAt, `last_connection "${stamp}" is the server's login time`).toBe(loginTime);
  // As the page's notes say: the window is the server's, both cookies end with the browser.
  for (const name of ['username', 'last_connection']) {
    await expect(ui.row(name).getByTestId('cookie-lifetime')).toHaveAttribute(
      'data-lifetime',
      'session',
    );
  }
  await popup.close();

  const seen: { from: number; to: number; status: string }[] = [];
  await expect
    .poll(
      async () => {
        const from = demoClock.now();
        await page.goto(demoSite.url('/login/'));
        const shown = await text(status);
        seen.push({ from, to: demoClock.now(), status: shown });
        return shown;
      },
      { timeout: (loginSeconds + 5) * 1000, intervals: [250] },
    )
    .toMatch(
      new RegExp(`^Not logged in: the login of alice is \\d+ s old, ${loginSeconds} s at most\\.$`),
    );
  // Never logged out early, never logged in late (server time lies between from and to).
  const windowEnd = loggedInAt + loginSeconds * 1000;
  for (const { from, to, status: shown } of seen) {
    if (shown.startsWith('Logged in as alice')) expect(from).toBeLessThan(windowEnd);
    else expect(to).toBeGreaterThanOrEqual(windowEnd);
  }
  const age = Number(/is (\d+) s old/.exec(seen.at(-1)?.status ?? '')?.[1]);
  expect(age).toBeGreaterThanOrEqual(loginSeconds);
  await expect(page.locator('#login-form')).toBeVisible();

  // The login ran out, its cookies did not: the browser still has and sends both (next to the
  // CSRF cookie of the login form).
  expect((await cookies.all({ domain: 'a.test' })).map((c) => c.name).sort()).toEqual([
    'csrftoken',
    'last_connection',
    'username',
  ]);
  await expect(page.locator('#received-cookies tr[data-name="username"]')).toContainText('alice');
});

import type { Page } from '@playwright/test';
import { expect, openWorkbench, test } from './demo-fixtures';
import type { SessionStoreKind } from './demo-site/demo-server';

/** Stores `key` = `value` in the session through the page's own form, as a user would. */
async function setSessionItem(page: Page, key: string, value: string): Promise<void> {
  const form = page.locator('#session-set-form');
  await form.locator('[name="key"]').fill(key);
  await form.locator('[name="value"]').fill(value);
  await form.getByRole('button').click();
  await expect(page.locator(`#session-items tr[data-key="${key}"]`)).toContainText(value);
}

const sessionId = (page: Page) => page.locator('#session-id').textContent();

// express-session keeps only a signed id in `sessionid`; cookie-session keeps the data itself
// in `sessiondata`, signed by the `sessiondata.sig` cookie.
const backends: { store: SessionStoreKind; cookie: string }[] = [
  { store: 'sqlite', cookie: 'sessionid' },
  { store: 'file', cookie: 'sessionid' },
  { store: 'cookie', cookie: 'sessiondata' },
];

for (const { store, cookie } of backends) {
  test.describe(`${store} sessions`, () => {
    test.use({ demoSiteOptions: { sessionStore: store } });

    test(`deleting ${cookie} in the popup makes the server start a new session`, async ({
      context,
      page,
      extensionId,
      demoSite,
      cookies,
    }) => {
      await page.goto(demoSite.url('/sessions/'));
      await expect(page.locator('#session-backend')).toHaveText(store);
      await setSessionItem(page, 'cart', 'apples');
      const oldId = await sessionId(page);
      if (!oldId) throw new Error('the session page shows no session id');
      // The cookie carries the session: the next request finds the same session and its data.
      await page.goto(demoSite.url('/sessions/'));
      await expect(page.locator('#session-state')).toHaveText('(existing)');
      expect(await sessionId(page)).toBe(oldId);

      const { popup, ui } = await openWorkbench(context, extensionId, page);
      if (store !== 'cookie') {
        // The popup shows the signed id the server chose: s:<id>.<signature>, URL-encoded.
        await expect(ui.row(cookie).getByTestId('cookie-value')).toHaveText(
          new RegExp(`^s%3A${oldId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.`),
        );
      }
      await ui.deleteRow(ui.row(cookie));
      await popup.close();
      expect(await cookies.all({ name: cookie })).toEqual([]);

      await page.goto(demoSite.url('/sessions/'));
      await expect(page.locator('#session-items tr[data-key]')).toHaveCount(0);
      expect(await sessionId(page)).not.toBe(oldId);
      if (store === 'cookie') {
        // The orphaned signature cookie is refused and, as the request stores nothing, deleted.
        await expect(page.locator('#session-problems')).toContainText('was refused');
        await expect(page.locator('#session-state')).toHaveText(
          '(no session: its cookie was deleted)',
        );
        expect(await cookies.all({ name: `${cookie}.sig` })).toEqual([]);
      } else {
        await expect(page.locator('#session-state')).toHaveText('(new with this request)');
        await expect(page.locator('#session-problems')).toHaveCount(0);
      }

      // New data goes into the new session, under a new id, without the old items.
      await setSessionItem(page, 'note', 'fresh');
      const newId = await sessionId(page);
      expect(newId).not.toBe(oldId);
      await page.goto(demoSite.url('/sessions/'));
      expect(await sessionId(page)).toBe(newId);
      await expect(page.locator('#session-items tr[data-key]')).toHaveCount(1);
      await expect(page.locator('#session-items tr[data-key="cart"]')).toHaveCount(0);
    });
  });
}

import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './demo-fixtures';
import { ManagerPage } from './pages/manager-page';
import { PopupPage } from './pages/popup-page';
import { WorkbenchUi } from './pages/workbench-ui';
import { seriousAxeViolations } from './support/axe-check';

// The login lasts an hour: the test is about whose cookies the browser sends, not about expiry.
test.use({ demoSiteOptions: { loginSeconds: 3600 } });

async function logIn(page: Page, username: string): Promise<void> {
  await page.locator('#login-form [name="username"]').fill(username);
  await page.locator('#login-form').getByRole('button').click();
  await expect(page.locator('#login-username')).toHaveText(username);
}

/** Whom the server sees, from the cookies the browser sends on a fresh request. */
async function serverSees(page: Page, url: string): Promise<string> {
  await page.goto(url);
  const status = ((await page.locator('#login-status').textContent()) ?? '').trim();
  return status.replace(/\s+/g, ' ');
}

test('snapshots switch the demo site between two logged-in users, restore a logout, and Undo puts it back', async ({
  context,
  page,
  extensionId,
  demoSite,
}) => {
  test.setTimeout(120_000);
  const loginUrl = demoSite.url('/login/');
  await page.goto(loginUrl);
  await logIn(page, 'alice');
  const tabId = await PopupPage.tabIdOf(context, page);
  // The popup's page in a tab of its own: it stays open while the site's page reloads.
  const popup = await PopupPage.openAsTab(context, extensionId, tabId);
  const ui = new WorkbenchUi(popup.page);
  await ui.waitLoaded();
  const workbench = popup.page;
  const dialog = workbench.getByTestId('snapshots-dialog');
  const row = (name: string) => dialog.locator(`[data-testid="snapshot-row"][data-name="${name}"]`);
  const openSnapshots = async () => {
    await workbench.getByTestId('snapshots-button').click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('snapshots-warning')).toContainText(
      'Snapshots contain live login sessions',
    );
    await expect(dialog.getByTestId('snapshots-warning')).toContainText('never synced');
  };
  const save = async (name: string) => {
    await openSnapshots();
    await dialog.getByLabel(/^Save the cookies of .* as$/).fill(name);
    await dialog.getByTestId('snapshot-save').click();
    await expect(dialog.getByTestId('snapshots-message')).toContainText(`as "${name}"`);
    await expect(row(name)).toHaveAttribute('data-active', 'true');
    // The two login cookies (session) and the form's CSRF token (a year, as Django's).
    await expect(row(name).getByTestId('snapshot-meta')).toContainText('3 cookies (2 session)');
    await dialog.press('Escape');
    await expect(dialog).toHaveCount(0);
    // The focus goes back to the button that opened the dialog.
    await expect(workbench.getByTestId('snapshots-button')).toBeFocused();
  };

  await save('Alice');
  await page.locator('form[action="/login/logout"] button').click();
  await expect(page.locator('#login-status')).toHaveText('Not logged in.');
  await logIn(page, 'bob');
  await expect(ui.row('username').getByTestId('cookie-value')).toHaveText('bob');
  await save('Bob');

  // One click: Bob's cookies are saved as "Bob", Alice's restored.
  await openSnapshots();
  await expect(row('Bob').getByTestId('snapshot-current')).toBeVisible();
  expect(
    await seriousAxeViolations(workbench, { include: '[data-testid="snapshots-dialog"]' }),
    'the snapshot list, light',
  ).toEqual([]);
  await row('Alice').getByTestId('snapshot-switch').click();
  await expect(dialog).toHaveCount(0);
  await expect(workbench.getByTestId('notice')).toContainText(
    'Saved the cookies as "Bob", then restored "Alice"',
  );
  expect(await serverSees(page, loginUrl)).toBe('Logged in as alice');
  await expect(ui.row('username').getByTestId('cookie-value')).toHaveText('alice');

  await openSnapshots();
  await row('Bob').getByTestId('snapshot-switch').click();
  await expect(dialog).toHaveCount(0);
  expect(await serverSees(page, loginUrl)).toBe('Logged in as bob');

  // Logged out: restoring Bob's snapshot, after a preview of what it changes, logs him back in.
  await page.locator('form[action="/login/logout"] button').click();
  await expect(page.locator('#login-status')).toHaveText('Not logged in.');
  await expect(ui.row('username')).toHaveCount(0);
  await openSnapshots();
  await row('Bob').getByTestId('snapshot-restore').click();
  const preview = dialog.getByTestId('restore-preview');
  await expect(preview).toBeVisible();
  // The keyboard: the preview's safe choice has the focus; Escape goes back to the list, onto
  // the Restore… button that opened it (the dialog stays open), and Enter opens it again.
  await expect(preview.getByTestId('restore-cancel')).toBeFocused();
  await workbench.keyboard.press('Escape');
  await expect(preview).toHaveCount(0);
  await expect(row('Bob').getByTestId('snapshot-restore')).toBeFocused();
  await workbench.keyboard.press('Enter');
  await expect(preview).toBeVisible();
  await expect(
    preview.locator('[data-testid="preview-added"][data-name="username"]'),
  ).toContainText('bob');
  await expect(preview.getByTestId('restore-summary')).toContainText('cookie');
  await workbench.emulateMedia({ colorScheme: 'dark' });
  expect(
    await seriousAxeViolations(workbench, { include: '[data-testid="snapshots-dialog"]' }),
    'the restore preview, dark',
  ).toEqual([]);
  await preview.getByTestId('restore-confirm').click();
  await expect(dialog).toHaveCount(0);
  await expect(workbench.getByTestId('notice')).toContainText('Restored snapshot "Bob"');
  expect(await serverSees(page, loginUrl)).toBe('Logged in as bob');

  // Undo of the restore: logged out again, as before it.
  await workbench.getByTestId('undo-button').click();
  await expect(workbench.getByTestId('notice')).not.toContainText('Restored snapshot');
  await expect(ui.row('username')).toHaveCount(0);
  expect(await serverSees(page, loginUrl)).toBe('Not logged in.');
  await popup.close();
});

test('the manager saves its selection as a snapshot, exports it, imports the file back, and restores it into the history', async ({
  context,
  page,
  extensionId,
  demoSite,
}) => {
  test.setTimeout(120_000);
  const loginUrl = demoSite.url('/login/');
  await page.goto(loginUrl);
  await logIn(page, 'alice');
  const manager = await ManagerPage.open(context, extensionId);
  const m = manager.page;
  await manager.selectAllMatching();
  const dialog = m.getByTestId('snapshots-dialog');
  await m.getByTestId('snapshots-button').click();
  await dialog.getByLabel(/^Save the \d+ selected cookies as$/).fill('Alice login');
  await dialog.getByTestId('snapshot-save').click();
  const row = dialog.getByTestId('snapshot-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('snapshot-meta')).toContainText('3 cookies (2 session)');

  const download = m.waitForEvent('download');
  await row.getByTestId('snapshot-export').click();
  const file = await (await download).path();
  const exported = JSON.parse(await readFile(file, 'utf8'));
  expect(exported).toMatchObject({
    format: 'cookie-workbench',
    snapshot: { name: 'Alice login', scope: 'cookies' },
  });
  expect(exported.cookies).toEqual(
    expect.arrayContaining([expect.objectContaining({ name: 'username', value: 'alice' })]),
  );

  await row.getByTestId('snapshot-delete').click();
  await m.getByTestId('snapshot-delete-confirm').click();
  await expect(dialog.getByTestId('snapshots-empty')).toBeVisible();
  await dialog.getByTestId('snapshot-import-file').setInputFiles(file);
  await expect(dialog.getByTestId('snapshots-message')).toContainText('Imported "Alice login"');
  await expect(row).toHaveCount(1);
  await dialog.press('Escape');

  await page.locator('form[action="/login/logout"] button').click();
  await expect(page.locator('#login-status')).toHaveText('Not logged in.');
  await m.getByTestId('snapshots-button').click();
  await row.getByTestId('snapshot-restore').click();
  await expect(dialog.locator('[data-testid="preview-added"][data-name="username"]')).toBeVisible();
  await dialog.getByTestId('restore-confirm').click();
  await expect(m.getByTestId('notice')).toContainText('Restored snapshot "Alice login"');
  expect(await serverSees(page, loginUrl)).toBe('Logged in as alice');
  await expect
    .poll(async () => (await manager.history()).map((entry) => entry.label))
    .toContain('Restored snapshot "Alice login"');
});

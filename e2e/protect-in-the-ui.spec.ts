import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ManagerPage } from './pages/manager-page';
import { PopupPage } from './pages/popup-page';
import { WorkbenchUi } from './pages/workbench-ui';
import { seriousAxeViolations } from './support/axe-check';

// Protect, unprotect and block from the details pane of the popup and the manager, as a user
// does: the mark on the row, Edit and Delete asking to unprotect first, the rules list, and
// the notice of a site that keeps re-setting a protected cookie.

test.setTimeout(90_000);

async function popupFor(context: BrowserContext, page: Page, extensionId: string) {
  const popup = await PopupPage.openAsTab(
    context,
    extensionId,
    await PopupPage.tabIdOf(context, page),
  );
  return popup.page;
}

const row = (ui: Page, name: string) => new WorkbenchUi(ui).row(name);

test('protect from the popup: the row is marked, the site cannot change it, Edit and Delete ask to unprotect first', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await page.goto(servers.url('a.test', '/set?c=sid=alice;%20Path=/;%20Max-Age=3600&c=_ga=1'));
  const ui = await popupFor(context, page, extensionId);
  await row(ui, 'sid').getByTestId('cookie-name').click();
  const details = ui.getByTestId('cookie-details');
  await details.getByTestId('details-protect').click();
  await expect(details.getByTestId('protection-status')).toContainText('Protected');
  await expect(details.getByTestId('details-protected')).toBeVisible();
  await expect(row(ui, 'sid').getByTestId('protected-mark')).toHaveText('protected');
  await expect(row(ui, '_ga').getByTestId('protected-mark')).toHaveCount(0);

  await page.goto(servers.url('a.test', '/set?c=sid=mallory;%20Path=/;%20Max-Age=3600'));
  await expect.poll(() => cookies.valueNamed('sid')).toBe('alice');
  await expect(details.getByTestId('details-value')).toHaveText('alice');

  // Edit asks; keeping it protected opens no editor.
  await details.getByTestId('details-edit').click();
  const question = details.getByTestId('unprotect-question');
  await expect(question).toContainText('is protected');
  await expect(question.getByTestId('unprotect-and-act')).toBeFocused();
  await ui.keyboard.press('Escape');
  await expect(question).toBeHidden();

  // Delete from the row asks in the details pane; unprotecting leads to the usual confirmation.
  await row(ui, 'sid').getByTestId('delete-button').click();
  await row(ui, 'sid').getByTestId('confirm-delete').click();
  await expect(question.getByTestId('unprotect-and-act')).toHaveText('Unprotect and delete');
  await question.getByTestId('unprotect-and-act').click();
  await expect(row(ui, 'sid').getByTestId('protected-mark')).toHaveCount(0);
  await details.getByTestId('details-confirm-delete').click();
  await expect.poll(() => cookies.valueNamed('sid')).toBeNull();
  await expect(row(ui, 'sid')).toHaveCount(0);
});

test('block from the popup, see the rule in the manager and remove it there', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await page.goto(servers.url('a.test', '/set?c=sid=alice&c=_ga=1;%20Path=/'));
  const ui = await popupFor(context, page, extensionId);
  await row(ui, '_ga').getByTestId('cookie-name').click();
  const details = ui.getByTestId('cookie-details');
  await details.getByTestId('details-block').click();
  await expect(details.getByTestId('block-domain')).toBeFocused();
  await expect(details.getByTestId('block-domain')).toHaveValue('a.test');
  await details.getByTestId('block-domain').fill('*.a.test');
  await details.getByTestId('block-confirm').click();
  await expect(ui.getByTestId('notice')).toHaveText(
    /Blocked: any cookie named "_ga" on \*\.a\.test is removed whenever it is set \(1 cookie removed now\)\./,
  );
  await expect.poll(() => cookies.valueNamed('_ga')).toBeNull();
  await page.goto(servers.url('a.test', '/set?c=_ga=2;%20Path=/'));
  await expect.poll(() => cookies.valueNamed('_ga')).toBeNull();

  const manager = await ManagerPage.open(context, extensionId);
  const rules = manager.page.getByTestId('protection-rules');
  await expect(rules.getByTestId('block-rule')).toHaveText(/"_ga" on \*\.a\.test/);
  await rules.getByRole('button', { name: 'Stop blocking "_ga" on *.a.test' }).click();
  await expect(rules).toBeHidden();
  await page.goto(servers.url('a.test', '/set?c=_ga=3;%20Path=/'));
  await expect.poll(() => cookies.valueNamed('_ga')).toBe('3');
});

test('the manager: a bulk delete that takes in a protected cookie asks first; a loop is told', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await page.goto(servers.url('a.test', '/set?c=sid=alice;%20Path=/;%20Max-Age=3600&c=other=1'));
  const manager = await ManagerPage.open(context, extensionId);
  const ui = manager.page;
  const managerRow = (name: string) =>
    ui.locator(`[data-testid="manager-row"][data-name="${name}"]`);
  await managerRow('sid').getByTestId('cookie-name').click();
  await ui.getByTestId('cookie-details').getByTestId('details-protect').click();
  await expect(managerRow('sid').getByTestId('protected-mark')).toBeVisible();
  await expect(ui.getByTestId('protect-rule')).toHaveText(/"sid" \(a\.test\/\)/);

  await manager.selectAllMatching();
  await ui.getByTestId('bulk-delete').click();
  const question = ui.getByTestId('protected-among-question');
  await expect(question).toContainText('1 of these 2 cookies is protected');
  await question.getByTestId('leave-protected-out').click();
  await expect(manager.bulkDeleteConfirmation).toBeVisible();
  await manager.confirmBulkDelete();
  await expect.poll(() => cookies.valueNamed('other')).toBeNull();
  expect(await cookies.valueNamed('sid')).toBe('alice');

  // A site that keeps re-setting it: fixed five times, then left alone, and the user is told.
  await page.goto(servers.url('a.test', '/page'));
  for (let i = 0; i < 6; i++) {
    await page.evaluate((n) => {
      document.cookie = `sid=loop${n}; path=/; max-age=3600`;
    }, i);
    await page.waitForTimeout(150);
  }
  await expect(ui.getByTestId('loop-notice')).toContainText(
    /a\.test re-set "sid" \(a\.test\/\) 6 times in a minute; Cookie Workbench stopped fighting it and leaves it alone until \d\d:\d\d\./,
  );
});

test('axe finds nothing serious in the protection UI, light and dark', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  await page.goto(servers.url('a.test', '/set?c=sid=alice;%20Path=/;%20Max-Age=3600&c=_ga=1'));
  const ui = await popupFor(context, page, extensionId);
  await row(ui, 'sid').getByTestId('cookie-name').click();
  const details = ui.getByTestId('cookie-details');
  await details.getByTestId('details-protect').click();
  await expect(row(ui, 'sid').getByTestId('protected-mark')).toBeVisible();
  await details.getByTestId('details-edit').click();
  await details.getByTestId('details-block').click();
  const manager = await ManagerPage.open(context, extensionId);
  await expect(manager.page.getByTestId('protection-rules')).toBeVisible();
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    for (const target of [ui, manager.page]) {
      await target.emulateMedia({ colorScheme: scheme });
      found.push(...(await seriousAxeViolations(target)).map((v) => `${scheme}: ${v}`));
    }
  }
  expect(found, 'serious or critical axe violations').toEqual([]);
});

test('an import that would overwrite a protected cookie asks to unprotect it first', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await page.goto(servers.url('a.test', '/set?c=sid=alice;%20Path=/;%20Max-Age=3600'));
  const manager = await ManagerPage.open(context, extensionId);
  const ui = manager.page;
  await ui
    .locator('[data-testid="manager-row"][data-name="sid"]')
    .getByTestId('cookie-name')
    .click();
  await ui.getByTestId('cookie-details').getByTestId('details-protect').click();
  await expect(ui.getByTestId('protect-rule')).toHaveCount(1);

  await ui.getByTestId('import-button').click();
  const dialog = ui.getByTestId('import-dialog');
  await dialog.getByTestId('import-text').fill('a.test\tFALSE\t/\tFALSE\t0\tsid\timported\n');
  await dialog.getByTestId('import-preview').click();
  await dialog.getByRole('radio', { name: 'Overwrite them' }).check();
  await dialog.getByTestId('import-run').click();
  const question = dialog.getByTestId('protected-among-question');
  await expect(question).toContainText(
    '1 cookie this import would overwrite is protected: Cookie Workbench would put it back at once. Unprotect it first?',
  );
  await expect(question.getByTestId('leave-protected-out')).toHaveCount(0);
  await question.getByTestId('unprotect-among').click();
  await expect(dialog.getByTestId('import-report')).toContainText('Imported 1 cookie');
  await expect.poll(() => cookies.valueNamed('sid')).toBe('imported');
  await expect(ui.getByTestId('protect-rule')).toHaveCount(0);
});

test('"Delete all" in the popup keeps the protected cookies and says so', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await page.goto(
    servers.url('a.test', '/set?c=sid=alice;%20Path=/;%20Max-Age=3600&c=_ga=1&c=x=2'),
  );
  const ui = await popupFor(context, page, extensionId);
  await row(ui, 'sid').getByTestId('cookie-name').click();
  await ui.getByTestId('cookie-details').getByTestId('details-protect').click();
  await expect(row(ui, 'sid').getByTestId('protected-mark')).toBeVisible();
  await ui.getByTestId('delete-all-button').click();
  const dialog = ui.getByTestId('delete-all-confirmation');
  await expect(dialog).toContainText('Delete the 2 unprotected cookies of a.test');
  await expect(dialog.getByTestId('delete-all-keeps-protected')).toHaveText(
    'The 1 protected cookie is kept: unprotect it first to delete it.',
  );
  await dialog.getByTestId('confirm-delete-all').click();
  await expect.poll(async () => (await cookies.all()).map((c) => c.name)).toEqual(['sid']);
});

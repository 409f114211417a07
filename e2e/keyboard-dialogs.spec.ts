import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ManagerPage } from './pages/manager-page';
import { PopupPage } from './pages/popup-page';
import { WorkbenchUi } from './pages/workbench-ui';
import { setCookiesViaServer } from './support/site-cookies';

// Keyboard only: every control is reached with Tab and pressed with Enter, Space or Delete.

interface Focus {
  tag: string;
  testid: string | null;
  name: string | null;
  /** The data-testid of the open modal dialog the focus is in, if any. */
  dialog: string | null;
  hasFocus: boolean;
}

const focusOf = (page: Page): Promise<Focus> =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName ?? 'NONE',
      testid: el?.getAttribute('data-testid') ?? null,
      name: el?.closest('[data-name]')?.getAttribute('data-name') ?? null,
      dialog: el?.closest('dialog[open]')?.getAttribute('data-testid') ?? null,
      hasFocus: document.hasFocus(),
    };
  });

/** Tab (or Shift+Tab) until the control with this test id has the focus. */
async function tabTo(page: Page, testid: string, { back = false, max = 80 } = {}) {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    const focus = await focusOf(page);
    if (focus.testid === testid) return;
    path.push(`${focus.tag}:${focus.testid}`);
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(
    `${testid} was not reached with ${back ? 'Shift+Tab' : 'Tab'}: ${path.slice(0, 30).join(' ')}`,
  );
}

/**
 * Tab and Shift+Tab many times: the focus stays in the dialog (it may leave the document for
 * the browser's own UI, never for the page behind), and the page behind cannot take it.
 */
async function expectFocusTrapped(page: Page, dialog: string, presses = 24) {
  const seen = new Set<string>();
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press(key);
      const focus = await focusOf(page);
      if (focus.tag === 'BODY' && !focus.hasFocus) continue;
      expect(focus.dialog, `${key} #${i} focused ${focus.tag} ${focus.testid}`).toBe(dialog);
      seen.add(`${focus.tag}:${focus.testid}`);
    }
  }
  // It cycled: more than one control, and it came round.
  expect(seen.size).toBeGreaterThan(1);
  const inert = await page.evaluate(() => {
    const behind = [...document.querySelectorAll<HTMLElement>('button, input')].find(
      (el) => !el.closest('dialog[open]') && !el.matches(':disabled'),
    );
    behind?.focus();
    return behind !== undefined && document.activeElement !== behind;
  });
  expect(inert, 'the page behind the dialog is inert').toBe(true);
}

const expectNotBody = async (page: Page) =>
  expect((await focusOf(page)).tag, 'the focus fell to the page').not.toBe('BODY');

test.describe('manager', () => {
  test.beforeEach(async ({ page, servers }) => {
    await setCookiesViaServer(page, servers, 'a.test', ['a1=1', 'a2=2', 'a3=3', 'a4=4']);
  });

  test('import and export open from the keyboard, keep the focus, close on Escape and Close, and give the focus back', async ({
    context,
    extensionId,
  }) => {
    const manager = await ManagerPage.open(context, extensionId);
    const { page } = manager;
    await manager.searchBox.focus();

    await tabTo(page, 'import-button');
    await page.keyboard.press('Enter');
    const importDialog = page.getByTestId('transfer-overlay');
    await expect(importDialog).toBeVisible();
    expect(await importDialog.evaluate((d) => d.matches(':modal'))).toBe(true);
    expect((await focusOf(page)).dialog).toBe('transfer-overlay');
    await expectFocusTrapped(page, 'transfer-overlay');
    await page.keyboard.press('Escape');
    await expect(importDialog).toHaveCount(0);
    expect((await focusOf(page)).testid).toBe('import-button');

    await tabTo(page, 'export-button', { back: true });
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('export-dialog')).toBeVisible();
    expect((await focusOf(page)).dialog).toBe('transfer-overlay');
    await expectFocusTrapped(page, 'transfer-overlay');
    await tabTo(page, 'export-close');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('transfer-overlay')).toHaveCount(0);
    expect((await focusOf(page)).testid).toBe('export-button');

    // Escape closes the export too.
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('export-dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('transfer-overlay')).toHaveCount(0);
    expect((await focusOf(page)).testid).toBe('export-button');
  });

  test('Delete on a row asks; Escape cancels; a confirmed delete leaves the focus on the next row; Undo and a selection delete never drop it to the page', async ({
    context,
    extensionId,
    cookies,
  }) => {
    const manager = await ManagerPage.open(context, extensionId);
    const { page } = manager;
    await expect(manager.rows).toHaveCount(4);
    await manager.searchBox.focus();
    await tabTo(page, 'manager-row');
    expect(await manager.focusedRow()).toBe('a1@a.test');

    // Nothing selected: Delete asks about that row; Escape keeps it and the row has the focus.
    await page.keyboard.press('Delete');
    const question = manager.bulkDeleteConfirmation;
    await expect(question).toBeVisible();
    await expect(question).toContainText('Delete this cookie?');
    expect((await focusOf(page)).testid).toBe('cancel-bulk-delete');
    await expectFocusTrapped(page, 'bulk-delete-confirmation', 6);
    await page.keyboard.press('Escape');
    await expect(question).toHaveCount(0);
    expect(await manager.focusedRow()).toBe('a1@a.test');

    // Asked again and confirmed: a1 goes, the focus is on a2.
    await page.keyboard.press('Delete');
    await expect(question).toBeVisible();
    await tabTo(page, 'confirm-bulk-delete', { back: true });
    await page.keyboard.press('Enter');
    await expect(manager.row('a1')).toHaveCount(0);
    await expect.poll(() => manager.focusedRow()).toBe('a2@a.test');
    expect((await cookies.all()).map((c) => c.name).sort()).toEqual(['a2', 'a3', 'a4']);

    // Undo: the focus goes to what it did, not to the page.
    await tabTo(page, 'undo-button', { back: true });
    await page.keyboard.press('Enter');
    await expect(manager.row('a1')).toHaveCount(1);
    await expect.poll(async () => (await focusOf(page)).testid).toBe('notice');

    // A selection: Space selects two rows, Delete asks about both.
    // The first row's checkbox, then the row itself (the row before its controls).
    await tabTo(page, 'row-select');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => manager.focusedRow()).toBe('a1@a.test');
    expect((await focusOf(page)).testid).toBe('manager-row');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await expect(manager.selectedCount).toHaveAttribute('data-selected', '2');
    await page.keyboard.press('Delete');
    await expect(question).toHaveAttribute('data-count', '2');
    await tabTo(page, 'confirm-bulk-delete', { back: true });
    await page.keyboard.press('Enter');
    await expect(manager.rows).toHaveCount(2);
    await expect.poll(() => manager.focusedRow()).toBe('a3@a.test');

    // Clear history asks in a dialog too; Escape keeps the history.
    await tabTo(page, 'clear-history');
    await page.keyboard.press('Enter');
    const clear = page.getByTestId('clear-history-confirmation');
    await expect(clear).toBeVisible();
    expect((await focusOf(page)).testid).toBe('cancel-clear-history');
    await page.keyboard.press('Escape');
    await expect(clear).toHaveCount(0);
    expect((await focusOf(page)).testid).toBe('clear-history');
    await page.keyboard.press('Enter');
    await tabTo(page, 'confirm-clear-history', { back: true });
    await page.keyboard.press('Enter');
    await expect(manager.historyEntries).toHaveCount(0);
    await expect.poll(async () => (await focusOf(page)).tag).not.toBe('BODY');
  });
});

test.describe('popup', () => {
  test('Delete all asks in a modal dialog: Escape returns to Delete all, confirming leaves the focus on New cookie; a row question answers Keep on Escape', async ({
    context,
    page,
    extensionId,
    servers,
    cookies,
  }) => {
    await setCookiesViaServer(page, servers, 'a.test', ['a1=1', 'a2=2', 'a3=3']);
    await page.goto(servers.url('a.test', '/'));
    const tabId = await PopupPage.tabIdOf(context, page);
    const popup = await PopupPage.openAsTab(context, extensionId, tabId);
    const p = popup.page;
    await p.setViewportSize({ width: 600, height: 720 });
    const ui = new WorkbenchUi(p);
    await ui.waitLoaded();
    await expect(ui.rows).toHaveCount(3);

    // A row: Delete asks inline, Escape keeps it, the focus stays in the row.
    await tabTo(p, 'cookie-row');
    const first = (await focusOf(p)).name;
    await p.keyboard.press('Delete');
    await expect(p.getByTestId('confirm-delete')).toBeFocused();
    await p.keyboard.press('Escape');
    await expect(p.getByTestId('confirm-delete')).toHaveCount(0);
    expect((await focusOf(p)).name).toBe(first);
    await expectNotBody(p);

    // Deleted by keyboard: the focus is on the row now in its place.
    await tabTo(p, 'cookie-row', { back: true });
    await p.keyboard.press('Delete');
    // The question renders after the key: Enter before it has the focus would land on the row.
    await expect(p.getByTestId('confirm-delete')).toBeFocused();
    await p.keyboard.press('Enter');
    await expect(ui.rows).toHaveCount(2);
    await expect.poll(async () => (await focusOf(p)).name).not.toBeNull();
    expect((await focusOf(p)).name).not.toBe(first);

    await tabTo(p, 'delete-all-button', { back: true });
    await p.keyboard.press('Enter');
    const confirm = p.getByTestId('delete-all-confirmation');
    await expect(confirm).toBeVisible();
    expect((await focusOf(p)).testid).toBe('cancel-delete-all');
    await expectFocusTrapped(p, 'delete-all-confirmation', 6);
    await p.keyboard.press('Escape');
    await expect(confirm).toHaveCount(0);
    expect((await focusOf(p)).testid).toBe('delete-all-button');

    await p.keyboard.press('Enter');
    await tabTo(p, 'confirm-delete-all', { back: true });
    await p.keyboard.press('Enter');
    await expect(p.getByTestId('empty-list')).toBeVisible();
    expect(await cookies.all()).toHaveLength(0);
    await expect.poll(async () => (await focusOf(p)).testid).toBe('new-cookie-button');

    // Undo: every cookie back, the focus on the notice that says so.
    await tabTo(p, 'undo-button');
    await p.keyboard.press('Enter');
    await expect(ui.rows).toHaveCount(2);
    await expect.poll(async () => (await focusOf(p)).testid).toBe('notice');
  });

  test('the edit form is named, a failed save focuses the invalid field it describes, Escape returns to New cookie', async ({
    context,
    page,
    extensionId,
    servers,
  }) => {
    await page.goto(servers.url('a.test', '/'));
    const tabId = await PopupPage.tabIdOf(context, page);
    const popup = await PopupPage.openAsTab(context, extensionId, tabId);
    const p = popup.page;
    const ui = new WorkbenchUi(p);
    await ui.waitLoaded();
    await tabTo(p, 'new-cookie-button');
    await p.keyboard.press('Enter');
    await expect(ui.form).toBeVisible();
    await expect(ui.form).toHaveAccessibleName('New cookie');
    await expect(ui.form.locator('[name="name"]')).toBeFocused();
    await tabTo(p, 'save-button');
    await p.keyboard.press('Enter');
    const name = ui.form.locator('[name="name"]');
    await expect(name).toBeFocused();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(/.+/);
    await p.keyboard.press('Escape');
    await expect(ui.form).toHaveCount(0);
    await expect.poll(async () => (await focusOf(p)).testid).toBe('new-cookie-button');
  });
});

import { expect, type Frame, type Locator, type Page } from '@playwright/test';

export type RowSummary = {
  name: string;
  domain: string;
  path: string;
  lifetime: string;
  flags: string[];
};

export type FormFields = Partial<{
  name: string;
  value: string;
  domain: string;
  path: string;
  expires: string;
  topLevelSite: string;
  sameSite: 'unspecified' | 'lax' | 'strict' | 'no_restriction';
  hostOnly: boolean;
  secure: boolean;
  httpOnly: boolean;
  session: boolean;
  partitioned: boolean;
}>;

const attr = (value: string) => JSON.stringify(value);

/**
 * The cookie workbench UI as a user sees it, on any page that shows it (the real popup, the
 * popup page in a tab, later the DevTools panel). Specs talk to this, never to selectors.
 */
export class WorkbenchUi {
  /** `root`: the popup page, the panel's frame, or one site's section of the panel. */
  constructor(readonly root: Page | Frame | Locator) {}

  get rows(): Locator {
    return this.root.getByTestId('cookie-row');
  }

  row(name: string, where: { domain?: string; path?: string } = {}): Locator {
    let selector = `[data-testid="cookie-row"][data-name=${attr(name)}]`;
    if (where.domain !== undefined) selector += `[data-domain=${attr(where.domain)}]`;
    if (where.path !== undefined) selector += `[data-path=${attr(where.path)}]`;
    return this.root.locator(selector);
  }

  async waitLoaded(): Promise<void> {
    await expect(this.root.getByTestId('cookie-list')).toHaveAttribute('data-loaded', 'true');
  }

  async summaries(): Promise<RowSummary[]> {
    await this.waitLoaded();
    return this.rows.evaluateAll((rows) =>
      rows.map((row) => {
        const text = (id: string) =>
          row.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? '';
        return {
          name: row.getAttribute('data-name') ?? '',
          domain: row.getAttribute('data-domain') ?? '',
          path: row.getAttribute('data-path') ?? '',
          lifetime:
            row.querySelector('[data-testid="cookie-lifetime"]')?.getAttribute('data-lifetime') ??
            '',
          flags: [...row.querySelectorAll('[data-testid^="flag-"]')].map(
            (flag) => flag.getAttribute('data-testid')?.replace('flag-', '') ?? '',
          ),
          value: text('cookie-value'),
        };
      }),
    );
  }

  async filter(query: string): Promise<void> {
    await this.root.getByTestId('filter-input').fill(query);
  }

  async openEditor(row: Locator): Promise<void> {
    await row.getByTestId('edit-button').click();
    await expect(this.form).toBeVisible();
  }

  async openNewCookie(): Promise<void> {
    await this.root.getByTestId('new-cookie-button').click();
    await expect(this.form).toBeVisible();
  }

  get form(): Locator {
    return this.root.getByTestId('cookie-form');
  }

  async fill(fields: FormFields): Promise<void> {
    for (const [key, value] of Object.entries(fields)) {
      const input = this.form.locator(`[name=${attr(key)}]`);
      if (typeof value === 'boolean') await input.setChecked(value);
      else if (key === 'sameSite') await input.selectOption(value);
      else await input.fill(value);
    }
  }

  /** Saves and waits for the form to close (a successful save). */
  async save(): Promise<void> {
    await this.form.getByTestId('save-button').click();
    await expect(this.form).toHaveCount(0);
  }

  /** The open editor's notice that the browser changed or deleted its cookie. */
  get browserChanges(): Locator {
    return this.form.getByTestId('editor-browser-changes');
  }

  /** Beside a field both the user and the browser changed: the browser's value and the choice. */
  conflict(field: 'value' | 'secure' | 'httpOnly' | 'sameSite' | 'expirationDate') {
    const note = this.form.getByTestId(`conflict-${field}`);
    return {
      note,
      browserValue: note.getByTestId(`conflict-${field}-browser`),
      keepMine: () => note.getByTestId(`conflict-${field}-keep`).click(),
      takeBrowsers: () => note.getByTestId(`conflict-${field}-take`).click(),
    };
  }

  /** Clicks Save and expects the form to stay open with a message, not saved. */
  async saveExpectingRefusal(): Promise<string> {
    await this.form.getByTestId('save-button').click();
    const error = this.form.getByTestId('form-error');
    await expect(error).toBeVisible();
    return (await error.textContent()) ?? '';
  }

  /** Saves and expects the save to be refused with a reason beside `field`. */
  async saveExpectingError(field: string): Promise<string> {
    await this.form.getByTestId('save-button').click();
    const error = this.form.getByTestId(`error-${field}`);
    await expect(error).toBeVisible();
    return (await error.textContent()) ?? '';
  }

  async editCookie(row: Locator, fields: FormFields): Promise<void> {
    await this.openEditor(row);
    await this.fill(fields);
    await this.save();
  }

  async createCookie(fields: FormFields): Promise<void> {
    await this.openNewCookie();
    await this.fill(fields);
    await this.save();
  }

  async deleteRow(row: Locator): Promise<void> {
    await row.getByTestId('delete-button').click();
    await row.getByTestId('confirm-delete').click();
    await expect(row).toHaveCount(0);
  }

  async deleteAll(): Promise<void> {
    await this.root.getByTestId('delete-all-button').click();
    await expect(this.root.getByTestId('delete-all-confirmation')).toBeVisible();
    await this.root.getByTestId('confirm-delete-all').click();
    await expect(this.root.getByTestId('notice')).toContainText('Deleted');
  }

  async counts(): Promise<{ session: number; persistent: number }> {
    return {
      session: Number(await this.root.getByTestId('count-session').textContent()),
      persistent: Number(await this.root.getByTestId('count-persistent').textContent()),
    };
  }
}

import type { Page } from 'puppeteer-core';

/** Fields of the cookie form, by their `name` attribute (as e2e/pages/workbench-ui.ts). */
export type FormFields = Partial<{
  name: string;
  value: string;
  domain: string;
  path: string;
  expires: string;
  sameSite: 'unspecified' | 'lax' | 'strict' | 'no_restriction';
  hostOnly: boolean;
  secure: boolean;
  httpOnly: boolean;
  session: boolean;
}>;

export type RowSummary = { name: string; domain: string; path: string; value: string };

const attr = (value: string) => JSON.stringify(value);
const form = '[data-testid="cookie-form"]';

/**
 * The workbench UI (popup page, panel page) in Firefox, driven through puppeteer-core: the same
 * data-testid contract as the Chromium page helpers, which are Playwright-only.
 */
export class FirefoxWorkbench {
  constructor(readonly page: Page) {}

  rowSelector(name: string, where: { domain?: string; path?: string } = {}): string {
    let selector = `[data-testid="cookie-row"][data-name=${attr(name)}]`;
    if (where.domain !== undefined) selector += `[data-domain=${attr(where.domain)}]`;
    if (where.path !== undefined) selector += `[data-path=${attr(where.path)}]`;
    return selector;
  }

  async waitLoaded(): Promise<void> {
    await this.page.waitForSelector('[data-testid="cookie-list"][data-loaded="true"]');
  }

  /** Every row as shown, in order. */
  async summaries(): Promise<RowSummary[]> {
    await this.waitLoaded();
    return this.page.$$eval('[data-testid="cookie-row"]', (rows) =>
      rows.map((row) => ({
        name: row.getAttribute('data-name') ?? '',
        domain: row.getAttribute('data-domain') ?? '',
        path: row.getAttribute('data-path') ?? '',
        value: row.querySelector('[data-testid="cookie-value"]')?.textContent?.trim() ?? '',
      })),
    );
  }

  /** Waits until the rows are exactly `names` (sorted), e.g. after a live update. */
  async waitForRowNames(names: string[]): Promise<void> {
    const wanted = JSON.stringify([...names].sort());
    await this.page
      .waitForFunction(
        (w) =>
          JSON.stringify(
            [...document.querySelectorAll('[data-testid="cookie-row"]')]
              .map((row) => row.getAttribute('data-name'))
              .sort(),
          ) === w,
        { timeout: 5_000 },
        wanted,
      )
      .catch(async () => {
        const shown = (await this.summaries()).map((r) => r.name);
        throw new Error(`Rows ${JSON.stringify(shown)}, expected ${wanted}.`);
      });
  }

  async fill(fields: FormFields): Promise<void> {
    for (const [key, value] of Object.entries(fields)) {
      const input = `${form} [name=${attr(key)}]`;
      await this.page.waitForSelector(input);
      if (typeof value === 'boolean') {
        const checked = await this.page.$eval(input, (el) => (el as HTMLInputElement).checked);
        if (checked !== value) await this.page.click(input);
      } else if (key === 'sameSite') {
        await this.page.select(input, value);
      } else {
        await this.page.locator(input).fill(value);
      }
    }
  }

  async save(): Promise<void> {
    await this.page.click(`${form} [data-testid="save-button"]`);
    await this.page.waitForSelector(form, { hidden: true });
  }

  async createCookie(fields: FormFields): Promise<void> {
    await this.page.click('[data-testid="new-cookie-button"]');
    await this.page.waitForSelector(form);
    await this.fill(fields);
    await this.save();
  }

  async editCookie(rowSelector: string, fields: FormFields): Promise<void> {
    await this.page.click(`${rowSelector} [data-testid="edit-button"]`);
    await this.page.waitForSelector(form);
    await this.fill(fields);
    await this.save();
  }

  async deleteRow(rowSelector: string): Promise<void> {
    await this.page.click(`${rowSelector} [data-testid="delete-button"]`);
    await this.page.click(`${rowSelector} [data-testid="confirm-delete"]`);
    await this.page.waitForSelector(rowSelector, { hidden: true });
  }
}

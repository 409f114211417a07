import { type BrowserContext, expect, type Locator, type Page } from '@playwright/test';
import { type FormFields, WorkbenchUi } from './workbench-ui';

export function managerUrl(extensionId: string): string {
  return `chrome-extension://${extensionId}/extension/manager/manager.html`;
}

export type Filter = 'lifetime' | 'secure' | 'httponly' | 'samesite' | 'partitioned' | 'store';

const attr = (value: string) => JSON.stringify(value);

/**
 * The manager page (every cookie of every store) as a user sees it. Specs talk to this, never
 * to selectors. Cookie rows are virtualised: only rows near the viewport exist in the DOM,
 * which for the few cookies of most specs means all of them.
 */
export class ManagerPage {
  readonly ui: WorkbenchUi;
  private readonly scripts: string[] = [];

  constructor(readonly page: Page) {
    this.ui = new WorkbenchUi(page);
    // Extension pages record no resource timing entries: watch the requests instead.
    page.on('request', (request) => {
      const file = new URL(request.url()).pathname.split('/').pop() ?? '';
      if (file.endsWith('.js')) this.scripts.push(file);
    });
  }

  static async open(context: BrowserContext, extensionId: string): Promise<ManagerPage> {
    const manager = new ManagerPage(await context.newPage());
    await manager.page.goto(managerUrl(extensionId));
    await manager.waitLoaded();
    return manager;
  }

  async waitLoaded(): Promise<void> {
    await expect(this.page.getByTestId('manager-list')).toHaveAttribute('data-loaded', 'true');
  }

  get rows(): Locator {
    return this.page.getByTestId('manager-row');
  }

  row(name: string, where: { domain?: string; path?: string; site?: string } = {}): Locator {
    let selector = `[data-testid="manager-row"][data-name=${attr(name)}]`;
    if (where.domain !== undefined) selector += `[data-domain=${attr(where.domain)}]`;
    if (where.path !== undefined) selector += `[data-path=${attr(where.path)}]`;
    if (where.site !== undefined) selector += `[data-site=${attr(where.site)}]`;
    return this.page.locator(selector);
  }

  /** The rows shown, as `name@domain`, in list order. */
  async shownRows(): Promise<string[]> {
    return this.rows.evaluateAll((rows) =>
      rows
        .map((row) => ({
          at: Number(row.parentElement?.getAttribute('data-index')),
          text: `${row.getAttribute('data-name')}@${row.getAttribute('data-domain')}`,
        }))
        .sort((a, b) => a.at - b.at)
        .map((row) => row.text),
    );
  }

  get groups(): Locator {
    return this.page.getByTestId('site-group');
  }

  group(site: string): Locator {
    return this.page.locator(`[data-testid="site-group"][data-site=${attr(site)}]`);
  }

  /** Every site shown with its session and persistent counts. */
  async groupCounts(): Promise<Record<string, { session: number; persistent: number }>> {
    const entries = await this.groups.evaluateAll((groups) =>
      groups.map((g) => [
        g.getAttribute('data-site') ?? '',
        {
          session: Number(g.querySelector('[data-testid="count-session"]')?.textContent),
          persistent: Number(g.querySelector('[data-testid="count-persistent"]')?.textContent),
        },
      ]),
    );
    return Object.fromEntries(entries);
  }

  get searchBox(): Locator {
    return this.page.getByTestId('manager-search');
  }

  /** Types the search; a first `/regex/` loads the regex engine, and this waits for it. */
  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
    await expect(this.page.getByTestId('search-loading')).toHaveCount(0);
  }

  get searchError(): Locator {
    return this.page.getByTestId('search-error');
  }

  get matchCount(): Locator {
    return this.page.getByTestId('match-count');
  }

  /** "No cookie matches…" (or no cookies at all) in place of the list. */
  get emptyMessage(): Locator {
    return this.page.getByTestId('manager-empty');
  }

  /** The file names of the scripts the page fetched since it was opened, dynamic imports too. */
  loadedScripts(): string[] {
    return [...this.scripts];
  }

  /** Milliseconds for a round trip into the page and back: a frozen page never answers. */
  async roundTrip(): Promise<number> {
    const start = Date.now();
    await this.page.evaluate(() => document.title);
    return Date.now() - start;
  }

  async filter(which: Filter, value: string): Promise<void> {
    await this.page.getByTestId(`filter-${which}`).selectOption(value);
  }

  async clearFilters(): Promise<void> {
    await this.page.getByTestId('clear-filters').click();
  }

  async orderBy(order: 'name' | 'domain' | 'expiry' | 'size'): Promise<void> {
    await this.page.getByTestId('manager-sort').selectOption(order);
  }

  checkbox(row: Locator): Locator {
    return row.getByTestId('row-select');
  }

  async select(row: Locator): Promise<void> {
    await this.checkbox(row).check();
  }

  async selectAllMatching(): Promise<void> {
    await this.page.getByTestId('select-all-matching').click();
  }

  get selectedCount(): Locator {
    return this.page.getByTestId('selected-count');
  }

  get bulkDeleteConfirmation(): Locator {
    return this.page.getByTestId('bulk-delete-confirmation');
  }

  /** Opens the confirmation of "Delete selected" and returns its text. */
  async askBulkDelete(): Promise<string> {
    await this.page.getByTestId('bulk-delete').click();
    await expect(this.bulkDeleteConfirmation).toBeVisible();
    return (await this.bulkDeleteConfirmation.textContent()) ?? '';
  }

  /** `waitForNotice: false` when the delete will not finish normally (a stopped worker). */
  async confirmBulkDelete({ waitForNotice = true } = {}): Promise<void> {
    await this.bulkDeleteConfirmation.getByTestId('confirm-bulk-delete').click();
    if (waitForNotice) await expect(this.bulkDeleteConfirmation).toHaveCount(0);
  }

  /** The last action's error, in words. */
  get actionError(): Locator {
    return this.page.getByTestId('action-error');
  }

  /** What the background did on restart about an action a stopped worker left unfinished. */
  get recoveryNotices(): Locator {
    return this.page.getByTestId('recovery-notices');
  }

  /** The question asked when an action's undo data would not fit. */
  get withoutUndoQuestion(): Locator {
    return this.page.getByTestId('without-undo-question');
  }

  async cancelBulkDelete(): Promise<void> {
    await this.bulkDeleteConfirmation.getByTestId('cancel-bulk-delete').click();
    await expect(this.bulkDeleteConfirmation).toHaveCount(0);
  }

  get notice(): Locator {
    return this.page.getByTestId('notice');
  }

  /** Undo in the last action's notice. */
  async undoLastAction(): Promise<void> {
    await this.notice.getByTestId('undo-button').click();
    await expect(this.notice).toContainText('Undone');
  }

  /** "New…" in a site's header: the editor starts on that site. */
  async openNewCookieOn(site: string): Promise<void> {
    await this.group(site).getByTestId('site-new-cookie').click();
    await expect(this.ui.form).toBeVisible();
  }

  async editCookie(row: Locator, fields: FormFields): Promise<void> {
    await this.ui.editCookie(row, fields);
  }

  async deleteRow(row: Locator): Promise<void> {
    await this.ui.deleteRow(row);
  }

  get historyEntries(): Locator {
    return this.page.getByTestId('history-entry');
  }

  /** History entries, newest first. */
  async history(): Promise<Array<{ label: string; count: string; undone: boolean }>> {
    return this.historyEntries.evaluateAll((entries) =>
      entries.map((e) => ({
        label: e.querySelector('[data-testid="history-label"]')?.textContent ?? '',
        count: e.querySelector('[data-testid="history-count"]')?.textContent ?? '',
        undone: e.getAttribute('data-undone') === 'true',
      })),
    );
  }

  /** What each entry, newest first, says of where and what: its sites and old → new lines. */
  async historyChanges(): Promise<Array<{ sites: string; diff: string[]; tally: string }>> {
    return this.historyEntries.evaluateAll((entries) =>
      entries.map((e) => ({
        sites: e.querySelector('[data-testid="history-sites"]')?.textContent ?? '',
        diff: [...e.querySelectorAll('[data-testid="history-diff"] li')].map(
          (li) => li.textContent ?? '',
        ),
        tally: e.querySelector('[data-testid="history-tally"]')?.textContent ?? '',
      })),
    );
  }

  historyEntry(label: string): Locator {
    return this.historyEntries.filter({
      has: this.page.getByTestId('history-label').getByText(label, { exact: true }),
    });
  }

  async undoFromHistory(label: string): Promise<void> {
    const entry = this.historyEntry(label);
    await entry.getByTestId('history-undo').click();
    await expect(entry).toHaveAttribute('data-undone', 'true');
  }

  async clearHistory(): Promise<void> {
    await this.page.getByTestId('clear-history').click();
    await this.page.getByTestId('confirm-clear-history').click();
    await expect(this.historyEntries).toHaveCount(0);
  }

  /** The row that has the keyboard focus, as `name@domain`. */
  focusedRow(): Promise<string | undefined> {
    return this.page.evaluate(() => {
      const row = document.activeElement?.closest('[data-testid="manager-row"]');
      return row
        ? `${row.getAttribute('data-name')}@${row.getAttribute('data-domain')}`
        : undefined;
    });
  }

  /** Whether the row is entirely inside the list's scrolled viewport. */
  async isInView(row: Locator): Promise<boolean> {
    return row.evaluate((el) => {
      const list = el.closest('[data-testid="manager-list"]');
      if (!list) return false;
      const box = el.getBoundingClientRect();
      const view = list.getBoundingClientRect();
      return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
    });
  }

  /** Marks the row's DOM element, to tell later whether it was kept or created again. */
  async tagRow(row: Locator, tag: string): Promise<void> {
    await row.evaluate((el, t) => Reflect.set(el, 'e2eTag', t), tag);
  }

  async rowTag(row: Locator): Promise<unknown> {
    return row.evaluate((el) => Reflect.get(el, 'e2eTag'));
  }

  async focusRow(row: Locator): Promise<void> {
    await row.focus();
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** Starts counting how often the list's rows change; call the result to read the count. */
  async countListUpdates(): Promise<() => Promise<number>> {
    await this.page.evaluate(() => {
      const list = document.querySelector('[data-testid="manager-list"]');
      if (!list) throw new Error('No manager list');
      Reflect.set(window, 'e2eListUpdates', 0);
      new MutationObserver(() => {
        Reflect.set(window, 'e2eListUpdates', Number(Reflect.get(window, 'e2eListUpdates')) + 1);
      }).observe(list, { attributes: true, attributeFilter: ['data-count'] });
    });
    return () => this.page.evaluate(() => Number(Reflect.get(window, 'e2eListUpdates')));
  }

  /**
   * How long each search text takes to be on screen after the previous one (one input event:
   * Preact's render, the virtual list's update, style and layout). Each change is timed
   * `rounds` times and the fastest kept: a busy machine only ever adds time, never removes it.
   */
  async measureSearchKeystrokes(texts: string[], rounds = 5): Promise<number[]> {
    return this.page.evaluate(
      async ({ texts, rounds }) => {
        const input = document.querySelector<HTMLInputElement>('[data-testid="manager-search"]');
        if (!input) throw new Error('No search box');
        const type = async (text: string) => {
          // Start on a quiet page, after the previous change was painted.
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10)));
          const start = performance.now();
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          // Preact renders in a microtask: a message (a task without setTimeout's clamping) runs
          // after it. Then force the style and layout the frame would do.
          await new Promise((resolve) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = resolve;
            channel.port2.postMessage(undefined);
          });
          document.body.getBoundingClientRect();
          return performance.now() - start;
        };
        const timings: number[] = [];
        let previous = input.value;
        for (const text of texts) {
          let fastest = Number.POSITIVE_INFINITY;
          for (let round = 0; round < rounds; round++) {
            await type(previous);
            fastest = Math.min(fastest, await type(text));
          }
          timings.push(fastest);
          previous = text;
        }
        return timings;
      },
      { texts, rounds },
    );
  }
}

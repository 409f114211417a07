import type { Locator, Page } from '@playwright/test';

/** The manager's import dialog, as a user sees it. */
export class ImportDialog {
  constructor(readonly root: Locator) {}

  static async open(page: Page): Promise<ImportDialog> {
    await page.getByTestId('import-button').click();
    return new ImportDialog(page.getByTestId('import-dialog'));
  }

  async chooseFile(
    file: string | { name: string; mimeType: string; buffer: Buffer },
  ): Promise<void> {
    // Files of 20-33 MB go to the page over CDP: seconds on a loaded 2-core machine, more
    // than the default 10 s action timeout.
    await this.root.getByTestId('import-file').setInputFiles(file, { timeout: 60_000 });
  }

  /** "name, size" of the chosen file. */
  get chosenFile(): Locator {
    return this.root.getByTestId('import-file-chosen');
  }

  get format(): Locator {
    return this.root.getByTestId('import-format');
  }

  get error(): Locator {
    return this.root.getByTestId('import-error');
  }

  get tooMany(): Locator {
    return this.root.getByTestId('import-too-many');
  }

  get eviction(): Locator {
    return this.root.getByTestId('import-eviction');
  }

  get entriesList(): Locator {
    return this.root.getByTestId('import-entries');
  }

  get entries(): Locator {
    return this.root.getByTestId('import-entry');
  }

  get runButton(): Locator {
    return this.root.getByTestId('import-run');
  }

  get notice(): Locator {
    return this.root.getByTestId('notice');
  }

  results(status?: string): Locator {
    return status === undefined
      ? this.root.getByTestId('import-result')
      : this.root.locator(`[data-testid="import-result"][data-status="${status}"]`);
  }
}

import { expect, type Frame, type Keyboard, type Locator, type Page } from '@playwright/test';

/**
 * A search box (the popup's and the panel's filter, the manager's search) with its `?` help,
 * driven from the keyboard only.
 */
export class SearchBox {
  constructor(
    readonly root: Page | Frame,
    readonly keyboard: Keyboard,
    readonly testId: 'filter-input' | 'manager-search',
  ) {}

  get input(): Locator {
    return this.root.getByTestId(this.testId);
  }

  get error(): Locator {
    return this.root.getByTestId('search-error');
  }

  get helpButton(): Locator {
    return this.root.getByTestId('search-help-button');
  }

  get help(): Locator {
    return this.root.getByTestId('search-help');
  }

  /** Tab from the top of the page: the search box is the first stop. */
  async reachByTab(): Promise<void> {
    await this.keyboard.press('Tab');
    await expect(this.input).toBeFocused();
  }

  /** Replaces the text as a user does: select all, type; waits out a regex engine load. */
  async type(text: string): Promise<void> {
    await expect(this.input).toBeFocused();
    await this.keyboard.press('ControlOrMeta+a');
    if (text === '') await this.keyboard.press('Backspace');
    else await this.keyboard.type(text);
    await expect(this.input).toHaveValue(text);
    await expect(this.root.getByTestId('search-loading')).toHaveCount(0);
  }

  /** From the box: Tab to `?`, Enter opens the help; Escape closes it, focus back on `?`. */
  async checkHelpByKeyboard(): Promise<void> {
    await this.keyboard.press('Tab');
    await expect(this.helpButton).toBeFocused();
    await expect(this.help).toBeHidden();
    await this.keyboard.press('Enter');
    await expect(this.help).toBeVisible();
    await expect(this.helpButton).toHaveAttribute('aria-label', 'Search syntax');
    await expect(this.help).toHaveAccessibleName('Search syntax');
    for (const token of ['is:session', 'secure:no', 'samesite:none', '-partitioned', 'sent:no']) {
      await expect(this.help).toContainText(token);
    }
    await this.keyboard.press('Escape');
    await expect(this.help).toBeHidden();
    await expect(this.helpButton).toBeFocused();
    await this.keyboard.press('Shift+Tab');
    await expect(this.input).toBeFocused();
  }
}

import { expect, type Frame, type Locator, type Page } from '@playwright/test';

export type WaitState = 'attached' | 'detached' | 'visible' | 'hidden';

/**
 * An extension page's document as specs drive it, whether it is a Page (the popup, a page in a
 * tab) or a Frame (the DevTools panel inside DevTools): every method auto-waits and its timeout
 * error names the selector.
 */
export abstract class ExtensionDocument {
  protected abstract get document(): Page | Frame;

  locator(selector: string): Locator {
    return this.document.locator(selector);
  }

  async click(selector: string): Promise<void> {
    await this.locator(selector).click();
  }

  /** Types the value, then fires `change` too: Preact's onChange listens to the DOM event. */
  async fill(selector: string, value: string): Promise<void> {
    const field = this.locator(selector);
    await field.fill(value);
    await field.dispatchEvent('change');
  }

  async setChecked(selector: string, checked: boolean): Promise<void> {
    await this.locator(selector).setChecked(checked);
  }

  async selectOption(selector: string, value: string): Promise<void> {
    await this.locator(selector).selectOption(value);
  }

  async text(selector: string): Promise<string> {
    return (await this.locator(selector).textContent()) ?? '';
  }

  /** How many elements match now (no waiting). */
  count(selector: string): Promise<number> {
    return this.locator(selector).count();
  }

  /** Waits for the first match to reach `state` (default `visible`). */
  async waitFor(
    selector: string,
    options: { state?: WaitState; timeout?: number } = {},
  ): Promise<void> {
    await this.locator(selector).first().waitFor(options);
  }

  /** Waits until the element's text contains `text` (a string) or matches it (a RegExp). */
  async waitForText(
    selector: string,
    text: string | RegExp,
    options: { timeout?: number } = {},
  ): Promise<void> {
    await expect(this.locator(selector)).toContainText(text, options);
  }

  /** Runs `fn` in the document (serialised: it cannot use the spec's variables). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.document.evaluate(fn as (arg: unknown) => R | Promise<R>, arg);
  }
}

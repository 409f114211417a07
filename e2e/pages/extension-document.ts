import type { Frame, Page } from '@playwright/test';

export type WaitState = 'attached' | 'detached' | 'visible' | 'hidden';

/**
 * An extension page's document as specs drive it, whether it is a Page (the popup, a page in a
 * tab) or a Frame (the DevTools panel inside DevTools).
 */
export abstract class ExtensionDocument {
  protected abstract get document(): Page | Frame;

  /** Waits for the first match to reach `state` (default `visible`). */
  async waitFor(
    selector: string,
    options: { state?: WaitState; timeout?: number } = {},
  ): Promise<void> {
    await this.document.locator(selector).first().waitFor(options);
  }

  /** Runs `fn` in the document (serialised: it cannot use the spec's variables). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.document.evaluate(fn as (arg: unknown) => R | Promise<R>, arg);
  }
}

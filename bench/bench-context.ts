import type { Page } from '@playwright/test';
import type { CookieTestServer } from '../e2e/support/cookie-test-server';
import { errorText } from '../src/text/error-text';
import type { BenchBrowser } from './bench-browser';
import type { ProbeSnapshot, ProbeTarget } from './dom-probe';
import type { BenchOptions } from './options';

export interface BenchContext {
  browser: BenchBrowser;
  server: CookieTestServer;
  /** The build the browser loaded. */
  distDir: string;
  options: BenchOptions;
  log(message: string): void;
}

/** A page with the DOM probe in it, whichever way it was reached. */
export interface Probed {
  snapshot(): Promise<ProbeSnapshot>;
  expect(target: ProbeTarget | undefined): Promise<void>;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls the probe until `until` holds; throws with what the page showed on timeout. */
export async function waitForProbe(
  probed: Probed,
  until: (snapshot: ProbeSnapshot) => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<ProbeSnapshot> {
  const deadline = Date.now() + timeoutMs;
  let last: ProbeSnapshot | undefined;
  for (;;) {
    last = await probed.snapshot();
    if (until(last)) return last;
    if (Date.now() > deadline) {
      throw new Error(`${what}: not within ${timeoutMs} ms (the page shows ${last.rows} rows).`);
    }
    await sleep(25);
  }
}

/** Done, and the frame after it has been produced. */
export const doneAndPainted = (s: ProbeSnapshot) => s.done?.frameAt !== undefined;

/** No DOM change in the list for `quietMs`. */
export const quietFor = (quietMs: number) => (s: ProbeSnapshot) =>
  s.lastMutationAt === undefined || s.now - s.lastMutationAt >= quietMs;

/** The first line of an error: Playwright's errors carry a call log after it. */
export function errorLine(error: unknown): string {
  return errorText(error).split('\n')[0] ?? '';
}

/** A Playwright page whose probe was put in with addInitScript or evaluate. */
export function probedPage(page: Page): Probed {
  return {
    snapshot: () => page.evaluate('window.__benchProbe.snapshot()') as Promise<ProbeSnapshot>,
    async expect(target) {
      await page.evaluate(`window.__benchProbe.expect(${JSON.stringify(target) ?? 'undefined'})`);
    },
  };
}

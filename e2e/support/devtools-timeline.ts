import { expect, type Locator, type Page } from '@playwright/test';
import type { DevToolsPanel } from '../pages/devtools-panel';

/** The panel's timeline entry for a change of the cookie `name`. */
export function timelineEntry(panel: DevToolsPanel, name: string, action: string): Locator {
  return panel.frame.locator(
    `[data-testid="timeline-entry"][data-name="${name}"][data-action="${action}"]`,
  );
}

/**
 * The panel's network listener reaches DevTools asynchronously: fetch until the panel says it
 * sees requests, so the requests a test then makes are surely in its log.
 */
export async function waitForNetworkLog(panel: DevToolsPanel, page: Page): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.evaluate(() => fetch(`/echo?warm-up=${Date.now()}`).then((r) => r.text()));
        return Number(
          await panel.frame.getByTestId('network-status').getAttribute('data-requests'),
        );
      },
      { timeout: 20_000, intervals: [300, 700, 1_500] },
    )
    .toBeGreaterThan(0);
}

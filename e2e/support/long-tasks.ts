import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __longTasks?: { start: number; duration: number }[];
  }
}

export interface LongTaskRecorder {
  /** The page's clock now: pass it to `longestSince`. */
  now(): Promise<number>;
  /** The longest main-thread task that started at or after `since` (0 when none took 50 ms). */
  longestSince(since: number): Promise<number>;
}

/**
 * Records the page's long tasks (main-thread tasks over 50 ms, the Long Tasks API). A task still
 * running blocks `longestSince` itself, so a freeze shows as a late answer too.
 */
export async function recordLongTasks(page: Page): Promise<LongTaskRecorder> {
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__longTasks?.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  });
  return {
    now: () => page.evaluate(() => performance.now()),
    longestSince: (since) =>
      page.evaluate(
        (since) =>
          Math.max(
            0,
            ...(window.__longTasks ?? []).filter((t) => t.start >= since).map((t) => t.duration),
          ),
        since,
      ),
  };
}

import type { Worker } from '@playwright/test';

export type CookieChange = {
  removed: boolean;
  cause: chrome.cookies.CookieChangeInfo['cause'];
  cookie: chrome.cookies.Cookie;
};

type Recorder = { cookieChanges?: CookieChange[] };

/**
 * Records chrome.cookies.onChanged inside the service worker, so a spec can assert exactly
 * which cookies an API call touched. `take()` returns what arrived since the last take.
 */
export async function recordCookieChanges(
  worker: Worker,
): Promise<{ take(): Promise<CookieChange[]> }> {
  await worker.evaluate(() => {
    const recorder = globalThis as Recorder;
    if (recorder.cookieChanges) return;
    recorder.cookieChanges = [];
    chrome.cookies.onChanged.addListener(({ removed, cause, cookie }) => {
      recorder.cookieChanges?.push({ removed, cause, cookie });
    });
  });
  return {
    async take() {
      // onChanged is dispatched after the API call resolves; let it arrive first.
      await new Promise((resolve) => setTimeout(resolve, 100));
      return worker.evaluate(() => {
        const recorder = globalThis as Recorder;
        const changes = recorder.cookieChanges ?? [];
        recorder.cookieChanges = [];
        return changes;
      });
    },
  };
}

import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/**
 * The browser's view of the cookie store over CDP: it keeps answering while the extension's
 * service worker is stopped, and costs the worker nothing.
 */
export async function browserCookies(cdp: CDPSession): Promise<{ name: string; value: string }[]> {
  return (await cdp.send('Storage.getCookies')).cookies;
}

/** A CDP session on an ordinary page, for Storage and ServiceWorker commands. */
export async function cdpSessionFor(context: BrowserContext, page: Page): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  return cdp;
}

/**
 * Stops every service worker, the extension's included, as the browser does with an idle MV3
 * worker (or one that has run too long), as soon as `until` holds for the cookie store. Polls
 * the store over CDP; returns the store as it was when the stop was sent.
 */
export async function stopWorkersWhen(
  cdp: CDPSession,
  until: (cookies: { name: string; value: string }[]) => boolean,
  timeoutMs = 20_000,
): Promise<{ name: string; value: string }[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const cookies = await browserCookies(cdp);
    if (until(cookies)) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      return cookies;
    }
    if (Date.now() > deadline) throw new Error('The action never reached the point to stop at.');
  }
}

/**
 * Sends one protocol request from an extension page, as the UI does, without waiting for it:
 * the promise settles with the answer or with the browser's error text when the worker stops.
 */
export function sendRequest(
  page: Page,
  method: string,
  params: unknown,
): Promise<{ ok?: boolean; value?: unknown; error?: { message: string }; thrown?: string }> {
  return page.evaluate(
    ({ method, params }) =>
      chrome.runtime
        .sendMessage({ tag: 'cookie-workbench/request', method, params })
        .catch((error: Error) => ({ thrown: error.message })),
    { method, params },
  );
}

/**
 * Waits until the restarted worker has recovered (its notices are ready), returns their texts
 * and dismisses them, as a user reading them would.
 */
export async function recoveryNotices(page: Page): Promise<string[]> {
  for (let attempt = 0; ; attempt++) {
    const answer = await sendRequest(page, 'listNotices', {});
    if (answer.ok) {
      const { notices } = answer.value as { notices: { id: number; text: string }[] };
      await sendRequest(page, 'dismissNotices', { ids: notices.map((n) => n.id) });
      return notices.map((n) => n.text);
    }
    if (attempt > 20)
      throw new Error(`No answer from the restarted worker: ${JSON.stringify(answer)}`);
    await page.waitForTimeout(250);
  }
}

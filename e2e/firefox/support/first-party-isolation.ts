import type { Page } from 'puppeteer-core';
import { inExtension } from './extension-tab';

/**
 * Turns first-party isolation (privacy.firstparty.isolate) on for the duration of `run`, through
 * the privacy API (the test build asks for the `privacy` permission). Firefox refuses it while
 * cookies are partitioned (its default cookieBehavior, Total Cookie Protection), so the cookie
 * behaviour is set to reject third-party cookies first; both are cleared afterwards.
 */
export async function withFirstPartyIsolation<T>(
  extensionPage: Page,
  run: () => Promise<T>,
): Promise<T> {
  await inExtension(
    extensionPage,
    async (browser) => {
      await browser.privacy.websites.cookieConfig.set({
        value: { behavior: 'reject_third_party' },
      });
      await browser.privacy.websites.firstPartyIsolate.set({ value: true });
    },
    null,
  );
  try {
    return await run();
  } finally {
    await inExtension(
      extensionPage,
      async (browser) => {
        await browser.privacy.websites.firstPartyIsolate.clear({});
        await browser.privacy.websites.cookieConfig.clear({});
      },
      null,
    );
  }
}

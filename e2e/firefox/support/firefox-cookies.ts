import type { Page } from 'puppeteer-core';
import type { Cookies } from 'webextension-polyfill';
import { inExtension } from './extension-tab';

/** Firefox's cookie as the API returns it, with the keys Chromium does not have. */
export type FirefoxCookie = Cookies.Cookie & {
  firstPartyDomain: string;
  partitionKey: Cookies.PartitionKey | null;
};

/** browser.cookies, called inside an extension page (which holds the host permissions). */
export function firefoxCookies(extensionPage: Page) {
  return {
    /** Every cookie of a store matching `filter`, partitioned ones and every first party included. */
    all(filter: Cookies.GetAllDetailsType = {}): Promise<FirefoxCookie[]> {
      return inExtension(
        extensionPage,
        (browser, f) =>
          browser.cookies.getAll({ partitionKey: {}, firstPartyDomain: null, ...f }) as Promise<
            FirefoxCookie[]
          >,
        filter,
      );
    },
    set(details: Cookies.SetDetailsType): Promise<FirefoxCookie | null> {
      return inExtension(
        extensionPage,
        async (browser, d) => ((await browser.cookies.set(d)) as FirefoxCookie) ?? null,
        details,
      );
    },
    /** Removes every cookie of every store: one browser serves every spec. */
    async clearEverything(): Promise<void> {
      await inExtension(
        extensionPage,
        async (browser) => {
          const stores = new Set(['firefox-default', 'firefox-private']);
          for (const store of await browser.cookies.getAllCookieStores()) stores.add(store.id);
          for (const identity of await browser.contextualIdentities.query({}))
            stores.add(identity.cookieStoreId);
          for (const storeId of stores) {
            const all = await browser.cookies
              .getAll({ storeId, partitionKey: {}, firstPartyDomain: null })
              .catch(() => []);
            for (const c of all) {
              const host = c.domain.replace(/^\./, '');
              await browser.cookies.remove({
                url: `http${c.secure ? 's' : ''}://${host}${c.path}`,
                name: c.name,
                storeId,
                firstPartyDomain: c.firstPartyDomain ?? '',
                ...(c.partitionKey ? { partitionKey: c.partitionKey } : {}),
              });
            }
          }
        },
        null,
      );
    },
  };
}

export type FirefoxCookieApi = ReturnType<typeof firefoxCookies>;

import type { BrowserContext } from '@playwright/test';
import { extensionServiceWorker } from './extension-context';

/** chrome.cookies, called inside the extension's service worker (it has the host permissions). */
export type ExtensionCookies = {
  /** Every cookie matching `filter`, partitioned ones included (`partitionKey: {}`). */
  all(filter?: chrome.cookies.GetAllDetails): Promise<chrome.cookies.Cookie[]>;
  get(details: chrome.cookies.CookieDetails): Promise<chrome.cookies.Cookie | null>;
  set(details: chrome.cookies.SetDetails): Promise<chrome.cookies.Cookie | null>;
  remove(details: chrome.cookies.CookieDetails): Promise<chrome.cookies.CookieDetails | null>;
  /** The value of the first cookie with this name, or null when there is none: for polling. */
  valueNamed(name: string): Promise<string | null>;
};

export function extensionCookies(context: BrowserContext): ExtensionCookies {
  const worker = () => extensionServiceWorker(context);
  const cookies: ExtensionCookies = {
    async all(filter = {}) {
      return (await worker()).evaluate(
        (f) => chrome.cookies.getAll({ partitionKey: {}, ...f }),
        filter,
      );
    },
    async get(details) {
      return (await worker()).evaluate(async (d) => (await chrome.cookies.get(d)) ?? null, details);
    },
    async set(details) {
      return (await worker()).evaluate(async (d) => (await chrome.cookies.set(d)) ?? null, details);
    },
    async remove(details) {
      return (await worker()).evaluate(
        async (d) => (await chrome.cookies.remove(d)) ?? null,
        details,
      );
    },
    async valueNamed(name) {
      return (await cookies.all({ name }))[0]?.value ?? null;
    },
  };
  return cookies;
}

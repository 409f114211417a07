// The extension APIs as the popup, the DevTools panel and the manager reach them. These pages
// only call APIs that return promises natively in both browsers (runtime.sendMessage/connect/
// getURL, tabs.query/get/create/onUpdated, devtools.panels.create): Chromium's MV3 `chrome` and
// Firefox's `browser`. So webextension-polyfill (2.8 KB gzip, measured by `npm run bench`) stays
// out of their bundles; the background keeps it (extension/platform.ts), where its handling of
// listeners' returned promises and of `lastError` matters.
import type { Browser } from 'webextension-polyfill';

interface ExtensionGlobals {
  browser?: Browser;
  chrome?: Browser;
}

const globals = globalThis as unknown as ExtensionGlobals;

// Firefox defines `browser` (and a callback-style `chrome`); Chromium only `chrome`.
export const browser: Browser = (globals.browser ?? globals.chrome) as Browser;

/**
 * Chrome's DevTools extension API where it goes beyond the polyfill's (Firefox has no
 * `inspectedWindow.getResources` nor `onResourceAdded`); undefined outside a DevTools panel.
 */
export function chromeDevtools(): typeof chrome.devtools | undefined {
  const api = (globalThis as { chrome?: typeof chrome }).chrome?.devtools;
  return api?.inspectedWindow ? api : undefined;
}

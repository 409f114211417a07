// The single import of webextension-polyfill: every other file under extension/ takes `browser`
// from here, so Firefox support and browser feature checks live in one place.
import browser from 'webextension-polyfill';

export { browser };

/**
 * Chrome's DevTools extension API where it goes beyond the polyfill's (Firefox has no
 * `inspectedWindow.getResources` nor `onResourceAdded`); undefined outside a DevTools panel.
 */
export function chromeDevtools(): typeof chrome.devtools | undefined {
  const api = (globalThis as { chrome?: typeof chrome }).chrome?.devtools;
  return api?.inspectedWindow ? api : undefined;
}

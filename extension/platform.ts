// The background's single import of webextension-polyfill: every file under extension/background
// takes `browser` from here, so Firefox support and browser feature checks live in one place.
// Extension pages take theirs from page-api.ts, without the polyfill.
import browser from 'webextension-polyfill';

export { browser };

/**
 * Firefox: cookies carry `firstPartyDomain` and the cookies API takes it. runtime.getBrowserInfo
 * exists only in Firefox (MDN); Chromium's cookies API rejects the unknown key.
 */
export const hasFirstPartyDomains = typeof browser.runtime.getBrowserInfo === 'function';

import { findBrowser } from './find-browser.mjs';

/**
 * Where a Chromium that honours --load-extension may live. The real binary comes before
 * Debian's /usr/bin/chromium wrapper: the wrapper sources /etc/chromium.d and adds flags of
 * its own (an empty --disable-extensions-except among them), which we would rather not have
 * between Playwright and the browser. Branded Google Chrome 137+ ignores --load-extension,
 * so it is deliberately not on this list; point CHROMIUM_PATH at it only knowingly.
 */
const knownPaths = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];
const namesOnPath = ['chromium', 'chromium-browser'];

/**
 * Finds Chromium without installing anything.
 * @returns {{ path?: string, error?: string }} `error` only when CHROMIUM_PATH is set but
 *   unusable: an explicit choice that is wrong must not be replaced by a silent guess.
 */
export function findChromium() {
  return findBrowser({ envVar: 'CHROMIUM_PATH', knownPaths, namesOnPath });
}

import { findBrowser } from './find-browser.mjs';

/** Debian's firefox-esr first (what `npm test` installs), then Firefox by its usual names. */
const knownPaths = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr'];
const namesOnPath = ['firefox-esr', 'firefox'];

/**
 * Finds Firefox without installing anything.
 * @returns {{ path?: string, error?: string }} `error` only when FIREFOX_PATH is set but
 *   unusable: an explicit choice that is wrong must not be replaced by a silent guess.
 */
export function findFirefox() {
  return findBrowser({ envVar: 'FIREFOX_PATH', knownPaths, namesOnPath });
}

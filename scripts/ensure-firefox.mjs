import { ensureBrowser } from './ensure-browser.mjs';
import { findFirefox } from './find-firefox.mjs';

const howToInstall = `Install Firefox (ESR 140 or later), for example:
  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y firefox-esr
  Fedora:        sudo dnf install firefox
  macOS:         brew install --cask firefox
or point FIREFOX_PATH at a Firefox binary:
  FIREFOX_PATH=/path/to/firefox npm test`;

/**
 * Finds Firefox for the Firefox e2e tests, installing Debian's firefox-esr when this machine
 * allows it (ensure-browser.mjs).
 * @returns {Promise<string>} the executable's path
 */
export function ensureFirefox() {
  return ensureBrowser({
    name: 'Firefox ESR',
    aptPackage: 'firefox-esr',
    find: findFirefox,
    notFound: `No Firefox found (looked at FIREFOX_PATH, /usr/bin/firefox-esr, and
firefox-esr / firefox on PATH). The Firefox e2e tests need one.`,
    howToInstall,
  });
}

import { ensureBrowser } from './ensure-browser.mjs';
import { findChromium } from './find-chromium.mjs';

const howToInstall = `Install Chromium, for example:
  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium
  Fedora:        sudo dnf install chromium
  macOS:         brew install --cask chromium
or point CHROMIUM_PATH at a Chromium or Chrome for Testing binary:
  CHROMIUM_PATH=/path/to/chromium npm test
(Branded Google Chrome 137+ ignores --load-extension and cannot load the extension.)`;

/**
 * Finds Chromium for the e2e tests, the bench and `npm start`, installing Debian's package when
 * this machine allows it (ensure-browser.mjs).
 * @returns {Promise<string>} the executable's path
 */
export function ensureChromium() {
  return ensureBrowser({
    name: 'Chromium',
    aptPackage: 'chromium',
    find: findChromium,
    notFound: `No Chromium found (looked at CHROMIUM_PATH, /usr/lib/chromium/chromium,
/usr/bin/chromium, and chromium / chromium-browser on PATH).
The e2e tests and \`npm start\` need one to load the extension.`,
    howToInstall,
  });
}

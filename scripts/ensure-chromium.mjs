import { execFileSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';
import { heading, runOrExit } from './run-command.mjs';

const howToInstall = `Install Chromium, for example:
  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium
  Fedora:        sudo dnf install chromium
  macOS:         brew install --cask chromium
or point CHROMIUM_PATH at a Chromium or Chrome for Testing binary:
  CHROMIUM_PATH=/path/to/chromium npm test
(Branded Google Chrome 137+ ignores --load-extension and cannot load the extension.)`;

function hasCommand(name) {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds Chromium, installing Debian's package when this machine allows it (root with
 * apt-get: a fresh CI machine or container), and exits with instructions otherwise.
 * Never installs anything when CHROMIUM_PATH is set.
 * @returns {Promise<string>} the executable's path
 */
export async function ensureChromium() {
  const first = findChromium();
  if (first.error) {
    console.error(`${first.error}\n\n${howToInstall}`);
    process.exit(1);
  }
  if (first.path) return first.path;

  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !hasCommand('apt-get')) {
    console.error(`No Chromium found (looked at CHROMIUM_PATH, /usr/lib/chromium/chromium,
/usr/bin/chromium, and chromium / chromium-browser on PATH).
The e2e tests and \`npm start\` need one to load the extension.\n\n${howToInstall}`);
    process.exit(1);
  }

  heading('Installing Chromium (apt-get install chromium)');
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  await runOrExit('apt-get', ['update'], { env });
  // With recommends, as measured: they bring the fonts pages and screenshots render with.
  await runOrExit('apt-get', ['install', '-y', 'chromium'], { env });
  const after = findChromium();
  if (!after.path) {
    console.error(`apt-get installed chromium, but no executable was found.\n\n${howToInstall}`);
    process.exit(1);
  }
  return after.path;
}

import { execFileSync } from 'node:child_process';
import { findFirefox } from './find-firefox.mjs';
import { heading, runOrExit } from './run-command.mjs';

const howToInstall = `Install Firefox (ESR 140 or later), for example:
  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y firefox-esr
  Fedora:        sudo dnf install firefox
  macOS:         brew install --cask firefox
or point FIREFOX_PATH at a Firefox binary:
  FIREFOX_PATH=/path/to/firefox npm test`;

function hasCommand(name) {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds Firefox for the Firefox e2e tests, installing Debian's firefox-esr when this machine
 * allows it (root with apt-get: a fresh CI machine or container), and exits with instructions
 * otherwise. Never installs anything when FIREFOX_PATH is set.
 * @returns {Promise<string>} the executable's path
 */
export async function ensureFirefox() {
  const first = findFirefox();
  if (first.error) {
    console.error(`${first.error}\n\n${howToInstall}`);
    process.exit(1);
  }
  if (first.path) return first.path;

  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !hasCommand('apt-get')) {
    console.error(`No Firefox found (looked at FIREFOX_PATH, /usr/bin/firefox-esr, and
firefox-esr / firefox on PATH). The Firefox e2e tests need one.\n\n${howToInstall}`);
    process.exit(1);
  }

  heading('Installing Firefox ESR (apt-get install firefox-esr)');
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  await runOrExit('apt-get', ['update'], { env });
  await runOrExit('apt-get', ['install', '-y', 'firefox-esr'], { env });
  const after = findFirefox();
  if (!after.path) {
    console.error(`apt-get installed firefox-esr, but no executable was found.\n\n${howToInstall}`);
    process.exit(1);
  }
  return after.path;
}

import { execFileSync } from 'node:child_process';
import { heading, runOrExit } from './run-command.mjs';

function hasCurl() {
  try {
    execFileSync('curl', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The curl export is proven by running it with the real curl, so the tests need one. Debian
 * marks curl optional: a fresh machine may lack it. Installs it where this machine allows
 * (root with apt-get, as for Chromium); elsewhere the test that needs it fails with its reason.
 */
export async function ensureCurl() {
  if (hasCurl()) return;
  if (process.getuid?.() !== 0) {
    console.warn('curl is not installed; the tests that run the curl export will fail.');
    return;
  }
  heading('Installing curl (apt-get install curl)');
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  // ensureChromium ran `apt-get update` only if it installed Chromium: update here too.
  await runOrExit('apt-get', ['update'], { env });
  await runOrExit('apt-get', ['install', '-y', 'curl'], { env });
}

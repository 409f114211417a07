import { execFileSync } from 'node:child_process';
import { heading, runOrExit } from './run-command.mjs';

function hasCommand(name) {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds a browser, installing its Debian package when this machine allows it (root with
 * apt-get: a fresh CI machine or container), and exits with instructions otherwise. Never
 * installs anything when the browser's path variable is set (`find` reports its error).
 * @param {{
 *   name: string,
 *   aptPackage: string,
 *   find: () => { path?: string, error?: string },
 *   notFound: string,
 *   howToInstall: string,
 * }} browser `notFound`: where it looked and what needs it.
 * @returns {Promise<string>} the executable's path
 */
export async function ensureBrowser({ name, aptPackage, find, notFound, howToInstall }) {
  const first = find();
  if (first.error) {
    console.error(`${first.error}\n\n${howToInstall}`);
    process.exit(1);
  }
  if (first.path) return first.path;

  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !hasCommand('apt-get')) {
    console.error(`${notFound}\n\n${howToInstall}`);
    process.exit(1);
  }

  heading(`Installing ${name} (apt-get install ${aptPackage})`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  await runOrExit('apt-get', ['update'], { env });
  // With recommends, as measured: they bring the fonts pages and screenshots render with.
  await runOrExit('apt-get', ['install', '-y', aptPackage], { env });
  const after = find();
  if (!after.path) {
    console.error(
      `apt-get installed ${aptPackage}, but no executable was found.\n\n${howToInstall}`,
    );
    process.exit(1);
  }
  return after.path;
}

import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Where a Chromium that honours --load-extension may live. The real binary comes before
 * Debian's /usr/bin/chromium wrapper: the wrapper sources /etc/chromium.d and adds flags of
 * its own (an empty --disable-extensions-except among them), which we would rather not have
 * between Playwright and the browser. Branded Google Chrome 137+ ignores --load-extension,
 * so it is deliberately not on this list; point CHROMIUM_PATH at it only knowingly.
 */
const knownPaths = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];
const namesOnPath = ['chromium', 'chromium-browser'];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

/**
 * Finds Chromium without installing anything.
 * @returns {{ path?: string, error?: string }} `error` only when CHROMIUM_PATH is set but
 *   unusable: an explicit choice that is wrong must not be replaced by a silent guess.
 */
export function findChromium() {
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (existsSync(override) && isExecutable(override)) return { path: override };
    return { error: `CHROMIUM_PATH is set to "${override}", which is not an executable file.` };
  }
  const found = knownPaths.find(isExecutable) ?? namesOnPath.map(onPath).find(Boolean);
  return found ? { path: found } : {};
}

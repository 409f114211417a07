import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';

/** Debian's firefox-esr first (what `npm test` installs), then Firefox by its usual names. */
const knownPaths = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr'];
const namesOnPath = ['firefox-esr', 'firefox'];

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
 * Finds Firefox without installing anything.
 * @returns {{ path?: string, error?: string }} `error` only when FIREFOX_PATH is set but
 *   unusable: an explicit choice that is wrong must not be replaced by a silent guess.
 */
export function findFirefox() {
  const override = process.env.FIREFOX_PATH;
  if (override) {
    if (existsSync(override) && isExecutable(override)) return { path: override };
    return { error: `FIREFOX_PATH is set to "${override}", which is not an executable file.` };
  }
  const found = knownPaths.find(isExecutable) ?? namesOnPath.map(onPath).find(Boolean);
  return found ? { path: found } : {};
}

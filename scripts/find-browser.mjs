import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';

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
 * Finds a browser without installing anything: the `envVar` override, then `knownPaths`, then
 * `namesOnPath` on PATH (find-chromium.mjs and find-firefox.mjs say which and why).
 * @param {{ envVar: string, knownPaths: string[], namesOnPath: string[] }} where
 * @returns {{ path?: string, error?: string }} `error` only when the override is set but
 *   unusable: an explicit choice that is wrong must not be replaced by a silent guess.
 */
export function findBrowser({ envVar, knownPaths, namesOnPath }) {
  const override = process.env[envVar];
  if (override) {
    if (existsSync(override) && isExecutable(override)) return { path: override };
    return { error: `${envVar} is set to "${override}", which is not an executable file.` };
  }
  const found = knownPaths.find(isExecutable) ?? namesOnPath.map(onPath).find(Boolean);
  return found ? { path: found } : {};
}

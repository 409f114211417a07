import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { heading, repoRoot, runOrExit } from './run-command.mjs';

/**
 * npm writes node_modules/.package-lock.json after package-lock.json on every install, so a
 * lock file newer than it means someone changed dependencies (a pull, a branch switch) since
 * the last install here.
 */
function dependenciesAreStale() {
  const installed = path.join(repoRoot, 'node_modules', '.package-lock.json');
  const lock = path.join(repoRoot, 'package-lock.json');
  if (!existsSync(installed)) return 'node_modules is missing';
  if (existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs) {
    return 'package-lock.json is newer than node_modules';
  }
  return undefined;
}

/** Installs exactly what package-lock.json records, and only when it is needed. */
export async function ensureDependencies() {
  const reason = dependenciesAreStale();
  if (!reason) return;
  heading(`Installing dependencies (${reason})`);
  const hasLock = existsSync(path.join(repoRoot, 'package-lock.json'));
  // --no-audit/--no-fund: the registry is the only network we may use, and only for packages.
  await runOrExit('npm', [hasLock ? 'ci' : 'install', '--no-audit', '--no-fund']);
}

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { filesIn, zipFiles } from './zip-files.mjs';

/** The three files `npm run package` writes for one version. */
export function packageFileNames(version) {
  return {
    chrome: `cookie-workbench-${version}-chrome.zip`,
    firefox: `cookie-workbench-${version}-firefox.zip`,
    sources: `cookie-workbench-${version}-sources.zip`,
  };
}

/**
 * The zip a store takes: every file of a build folder, manifest.json at its root. Refuses a
 * build the store would refuse or that is not the one meant: no manifest, another version than
 * package.json's (a stale build), source maps (the build turns them off: one here means
 * vite.config.ts changed, and the packages would carry a second copy of the code), and for
 * Firefox no add-on id (AMO requires one for Manifest V3).
 */
export function extensionZip(buildDir, { version, browser }) {
  const manifestPath = path.join(buildDir, 'manifest.json');
  if (!existsSync(manifestPath))
    throw new Error(`${buildDir} holds no manifest.json: it is not a built extension.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (manifest.version !== version)
    throw new Error(
      `${manifestPath} says version ${manifest.version}, package.json says ${version}: ` +
        'the build is stale or does not take the version from package.json.',
    );
  if (browser === 'firefox' && !manifest.browser_specific_settings?.gecko?.id)
    throw new Error(
      `${manifestPath} has no browser_specific_settings.gecko.id: AMO refuses a Manifest V3 ` +
        'add-on without one.',
    );
  const names = filesIn(buildDir);
  const maps = names.filter((name) => name.endsWith('.map'));
  if (maps.length > 0)
    throw new Error(
      `${buildDir} holds source maps (${maps.join(', ')}): the store packages are made ` +
        'without them (build.sourcemap in vite.config.ts).',
    );
  return zipFiles(buildDir, names);
}

/**
 * The files git tracks, as they are on disk: what the build was just made from. Build output
 * and node_modules are ignored by git, so they are never among them. A tracked file deleted on
 * disk is left out, as the build did without it.
 */
export function trackedFiles(root) {
  return execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((name) => name !== '' && existsSync(path.join(root, name)))
    .sort();
}

/** Tracked files changed but not committed, and new files not ignored (`git status`). */
export function uncommittedChanges(root) {
  return execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((line) => line !== '');
}

/**
 * The sources zip AMO asks for when the submitted code is built (bundled, minified): the
 * tracked files, BUILDING.md at its root saying how to rebuild the Firefox package from them.
 */
export function sourcesZip(root) {
  return zipFiles(root, trackedFiles(root));
}

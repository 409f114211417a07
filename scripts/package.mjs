// `npm run package`: the files a release uploads, from a clean build, into packages/ (ignored
// by git): the Chrome Web Store zip, the AMO (Firefox) zip, and the sources zip AMO asks for.
// The version is package.json's (the builds put it in their manifests; each zip is checked).
// Also the listing's screenshots at the store's size, from docs/screenshots/.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureDependencies } from './ensure-dependencies.mjs';
import { heading, repoRoot, runOrExit } from './run-command.mjs';
import {
  extensionZip,
  packageFileNames,
  sourcesZip,
  uncommittedChanges,
} from './store-packages.mjs';
import { listingScreenshots, storeScreenshot } from './store-screenshots.mjs';

const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const { version } = packageJson;
const names = packageFileNames(version);
const outDir = path.join(repoRoot, 'packages');

function write(name, bytes) {
  writeFileSync(path.join(outDir, name), bytes);
  console.log(`  packages/${name} (${(bytes.length / 1024).toFixed(1)} KB)`);
}

function fail(message) {
  console.error(`\n✗ ${message}`);
  process.exit(1);
}

/** Runs a step that can throw a message meant for the person packaging, and stops on it. */
function orFail(step) {
  try {
    return step();
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

await ensureDependencies();
// Clean first: a file left by an earlier build or run must not end up in an upload.
for (const dir of ['dist', 'dist-firefox', 'packages'])
  rmSync(path.join(repoRoot, dir), { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

heading(`Chrome Web Store package, version ${version} (npm run build → dist/)`);
await runOrExit('npm', ['run', 'build']);
write(
  names.chrome,
  orFail(() => extensionZip(path.join(repoRoot, 'dist'), { version, browser: 'chrome' })),
);

heading('Sources for AMO (the files git tracks)');
const changes = uncommittedChanges(repoRoot);
if (changes.length > 0)
  console.warn(
    `Uncommitted changes (${changes.length}): the sources zip holds tracked files as they are on ` +
      'disk, and new files only once added to git. Commit before packaging a release.',
  );
write(
  names.sources,
  orFail(() => sourcesZip(repoRoot)),
);

heading('Listing screenshots, 1280×800 (from docs/screenshots/, npm run screenshots)');
mkdirSync(path.join(outDir, 'screenshots'));
mkdirSync(path.join(outDir, 'screenshots', 'de'));
for (const [index, name] of listingScreenshots.entries()) {
  const png = readFileSync(path.join(repoRoot, 'docs', 'screenshots', `${name}.png`));
  // Numbered: the stores show them in upload order.
  write(`screenshots/${index + 1}-${name}.png`, storeScreenshot(png));
  // The German listing's: the same views of the German interface where they were taken (the
  // light ones); a dark view is the English one.
  const german = path.join(repoRoot, 'docs', 'screenshots', `${name}-de.png`);
  const germanPng = existsSync(german) ? readFileSync(german) : png;
  write(`screenshots/de/${index + 1}-${name}.png`, storeScreenshot(germanPng));
}

heading('Firefox (AMO) package (npm run build:firefox → dist-firefox/)');
if (!packageJson.scripts?.['build:firefox'])
  fail(
    'No Firefox package: package.json has no "build:firefox" script yet (the Firefox build of ' +
      'issue 14). The Chrome and sources packages and the screenshots above are written.',
  );
await runOrExit('npm', ['run', 'build:firefox']);
write(
  names.firefox,
  orFail(() => extensionZip(path.join(repoRoot, 'dist-firefox'), { version, browser: 'firefox' })),
);

console.log(`\n✓ Store packages for version ${version} written to packages/.`);

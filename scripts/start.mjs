// `npm start`: build the extension, serve the demo site, and open Chromium with the
// extension loaded (or say how to load it when there is no display). Ctrl-C stops it all.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureDependencies } from './ensure-dependencies.mjs';
import { openChromium } from './open-chromium.mjs';
import { heading, localBin, repoRoot, runOrExit } from './run-command.mjs';
import { startDemoSite } from './start-demo-site.mjs';
import { busyPortsMessage } from './start-port-check.mjs';

const distDir = path.join(repoRoot, 'dist');
const children = [];
const profileDirs = [];
let stopping = false;

/** Stops every child's process group, removes temporary profiles, then exits. */
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  }
  // Give Chromium a moment to release the profile before deleting it.
  setTimeout(() => {
    for (const dir of profileDirs) rmSync(dir, { recursive: true, force: true });
    process.exit(code);
  }, 500);
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// Before anything slow: a busy port would otherwise surface as an EADDRINUSE stack after the build.
const portProblem = await busyPortsMessage(process.env).catch((error) => error.message);
if (portProblem) {
  console.error(portProblem);
  process.exit(1);
}

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
await ensureDependencies();
// Without a display the person loads dist/ into a browser of their own: no Chromium needed.
const chromiumPath = hasDisplay ? await ensureChromium() : undefined;
heading('Building the extension (vite build)');
await runOrExit(localBin('vite'), ['build']);

heading('Starting the demo site');
const site = await startDemoSite().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
children.push(site.child);
site.child.on('exit', (code, signal) => {
  if (stopping) return;
  console.error(`The demo site stopped (${signal ?? `exit code ${code}`}).`);
  stop(code || 1);
});

if (chromiumPath) {
  heading('Opening Chromium with the extension');
  const browser = openChromium({
    executablePath: chromiumPath,
    extensionDir: distDir,
    url: site.httpUrl,
  });
  children.push(browser.child);
  profileDirs.push(browser.profileDir);
  browser.child.on('exit', () => {
    if (stopping) return;
    console.log('Chromium closed: stopping the demo site.');
    stop(0);
  });
  console.log(`Chromium (${chromiumPath}) shows ${site.httpUrl} with Cookie Workbench loaded.`);
  console.log(
    'Pin its icon: the puzzle-piece Extensions button right of the address bar, then the pin beside Cookie Workbench.',
  );
  console.log('Close the browser or press Ctrl-C to stop.');
} else {
  heading('No display: load the extension yourself');
  console.log(`1. Open chrome://extensions in Chromium (or Chrome for Testing).
2. Turn on "Developer mode", click "Load unpacked" and choose:
     ${distDir}
3. Visit the demo site: ${site.httpUrl}${site.httpsUrl ? ` (https: ${site.httpsUrl})` : ''}
4. Pin its icon: the puzzle-piece Extensions button right of the address bar, then the pin
   beside Cookie Workbench. Click the icon on any page to see that page's cookies.

Serving until Ctrl-C.`);
}

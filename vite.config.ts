import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type UserConfig } from 'vite';
// manifest.json with package.json's version (extension/manifest.ts).
import { manifest } from './extension/manifest';
import { type FirefoxManifest, firefoxManifest } from './scripts/firefox-manifest';
import { firstLoadChunks } from './scripts/first-load-chunks';
import { lightPreload } from './scripts/light-preload';
import { ownCopies } from './scripts/own-copies';

// Pages reached only from code (the DevTools panel is created by the DevTools page; the manager
// from the menu) are not found by crxjs in the manifest: list them as inputs.
const pagesReachedFromCode = {
  panel: 'extension/devtools/panel.html',
  manager: 'extension/manager/manager.html',
};

/** crxjs types the manifest as Chrome's; Firefox's keys (background.scripts, gecko) pass through. */
function asCrxManifest(firefox: FirefoxManifest): ManifestV3Export {
  return firefox as unknown as ManifestV3Export;
}

/**
 * One manifest, three builds, chosen by Vite's mode:
 * - `vite build` (npm run build): Chromium, dist/;
 * - `vite build --mode firefox` (npm run build:firefox): Firefox, dist-firefox/;
 * - `vite build --mode firefox-e2e`: Firefox for the e2e tests only, dist-firefox-e2e/, whose
 *   manifest lets a test page open the extension's pages and create containers.
 * Every mode is a production build (Vite keeps NODE_ENV=production for `build`).
 */
function target(mode: string): {
  outDir: string;
  browser: 'chrome' | 'firefox';
  manifest: ManifestV3Export;
} {
  if (mode === 'firefox') {
    return {
      outDir: 'dist-firefox',
      browser: 'firefox',
      manifest: asCrxManifest(firefoxManifest(manifest)),
    };
  }
  if (mode === 'firefox-e2e') {
    const testOnly = {
      webAccessiblePages: [
        manifest.action.default_popup,
        pagesReachedFromCode.manager,
        pagesReachedFromCode.panel,
      ],
      permissions: ['contextualIdentities', 'privacy'],
    };
    return {
      outDir: 'dist-firefox-e2e',
      browser: 'firefox',
      manifest: asCrxManifest(firefoxManifest(manifest, testOnly)),
    };
  }
  return { outDir: 'dist', browser: 'chrome', manifest };
}

/** The build for a mode; the benchmark extends the Chromium one (bench/vite.bench.config.ts). */
export function configFor(mode: string): UserConfig {
  const build = target(mode);
  // The popup's first render in as few files and bytes as possible (issue 17).
  const firstLoad = firstLoadChunks(manifest.action.default_popup);
  return {
    plugins: [
      // Before crxjs and Vite's resolvers: it asks them for the original and renames the answer.
      ownCopies([manifest.background.service_worker, manifest.devtools_page]),
      lightPreload(),
      preact(),
      crx({ manifest: build.manifest, browser: build.browser }),
      firstLoad.plugin,
    ],
    build: {
      outDir: build.outDir,
      rolldownOptions: {
        input: pagesReachedFromCode,
        output: { codeSplitting: firstLoad.codeSplitting },
      },
      emptyOutDir: true,
      // Chrome and Firefox support <link rel=modulepreload>: no polyfill module in every page.
      modulePreload: { polyfill: false },
      // Keep the code readable in DevTools; the size budget is measured gzipped anyway.
      minify: true,
      sourcemap: false,
    },
    server: { port: 5173, strictPort: true },
  };
}

export default defineConfig(({ mode }) => configFor(mode));

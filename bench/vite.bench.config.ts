import { fileURLToPath } from 'node:url';
import { mergeConfig, type Plugin } from 'vite';
import { ownCopies } from '../scripts/own-copies.js';
import { configFor } from '../vite.config.js';

const benchDevtoolsPage = 'extension/bench/floor-devtools.html';

/** The built manifest names the bench's DevTools page, which adds the panel floor too. */
function benchDevtoolsManifest(): Plugin {
  return {
    name: 'cookie-workbench:bench-devtools-page',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const manifest = bundle['manifest.json'];
        if (manifest?.type !== 'asset') this.error('no manifest.json in the bundle');
        const json = JSON.parse(String(manifest.source)) as { devtools_page?: string };
        if (!json.devtools_page) this.error('the manifest has no devtools_page');
        json.devtools_page = benchDevtoolsPage;
        manifest.source = JSON.stringify(json, null, 2);
      },
    },
  };
}

// The product's build plus the floor pages, into the bench's own folder: a bench run and other
// people's e2e runs (which rebuild and load dist/) never pull files from under each other.
export default mergeConfig(configFor('production'), {
  // The bench's DevTools page is lean like the product's: copies of its own, no page chunk.
  plugins: [benchDevtoolsManifest(), ownCopies([benchDevtoolsPage])],
  build: {
    // bench/paths.ts benchDistDir, spelt out here: Vite's config loader wants no extensionless imports.
    outDir: fileURLToPath(new URL('../bench-results/dist', import.meta.url)),
    rolldownOptions: {
      input: { floor: 'extension/bench/floor.html', 'floor-devtools': benchDevtoolsPage },
    },
  },
});

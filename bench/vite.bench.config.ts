import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import { configFor } from '../vite.config.js';

// The product's build plus the floor page, into the bench's own folder: a bench run and other
// people's e2e runs (which rebuild and load dist/) never pull files from under each other.
export default mergeConfig(configFor('production'), {
  build: {
    // bench/paths.ts benchDistDir, spelt out here: Vite's config loader wants no extensionless imports.
    outDir: fileURLToPath(new URL('../bench-results/dist', import.meta.url)),
    rolldownOptions: { input: { floor: 'extension/bench/floor.html' } },
  },
});

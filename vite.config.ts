import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
// manifest.json with package.json's version (extension/manifest.ts).
import { manifest } from './extension/manifest';

export default defineConfig({
  plugins: [preact(), crx({ manifest })],
  build: {
    outDir: 'dist',
    // Pages reached only from code (the DevTools panel is created by the DevTools page) are not
    // found by crxjs in the manifest: list them as inputs.
    rolldownOptions: {
      input: {
        panel: 'extension/devtools/panel.html',
        manager: 'extension/manager/manager.html',
      },
    },
    emptyOutDir: true,
    // Chrome and Firefox support <link rel=modulepreload>: no polyfill module in every page.
    modulePreload: { polyfill: false },
    // Keep the code readable in DevTools; the size budget is measured gzipped anyway.
    minify: true,
    sourcemap: false,
  },
  server: { port: 5173, strictPort: true },
});

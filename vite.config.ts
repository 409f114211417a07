import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [preact(), crx({ manifest })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Keep the code readable in DevTools; the size budget is measured gzipped anyway.
    minify: true,
    sourcemap: false,
  },
  server: { port: 5173, strictPort: true },
});

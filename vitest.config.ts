import { defineConfig } from 'vitest/config';

// Unit tests (src/) and the demo site's HTTP tests run in Node; Playwright specs (*.spec.ts)
// run under `playwright test`, never here.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'e2e/demo-site/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});

import { configDefaults, defineConfig } from 'vitest/config';

// Every `*.test.ts(x)` in the repo runs here, wherever it sits (src/, extension/, e2e/demo-site/,
// scripts/, bench/); Playwright specs (`*.spec.ts`) run under `playwright test`, never here.
// Tests of UI components ask for a DOM themselves (`// @vitest-environment happy-dom`).
export default defineConfig({
  test: {
    include: ['**/*.test.{ts,tsx}'],
    exclude: [...configDefaults.exclude, 'test-results/**', 'bench-results/**'],
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
  },
});

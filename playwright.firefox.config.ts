import { defineConfig } from '@playwright/test';

// The Firefox e2e specs (e2e/firefox/): Playwright's runner, but the browser is Firefox ESR
// driven by puppeteer-core over WebDriver BiDi (see e2e/firefox/fixtures.ts). One worker, so
// every spec shares one Firefox launch.
export default defineConfig({
  testDir: 'e2e/firefox',
  testMatch: '**/*.spec.ts',
  workers: 1,
  retries: 0,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  outputDir: 'test-results/firefox',
});

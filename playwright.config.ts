import { defineConfig } from '@playwright/test';

// One worker: every test starts its own Chromium, and on 2 cores two at a time are no faster.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Firefox specs drive Firefox through puppeteer-core: playwright.firefox.config.ts runs them.
  testIgnore: 'firefox/**',
  workers: 1,
  retries: 0,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  use: {
    actionTimeout: 10_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});

import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm run screenshots` (scripts/screenshots.mjs): the README's pictures, taken with the e2e
// set-up. Not a test: `*.shots.ts` files are outside `npm test`'s e2e run (`*.spec.ts`).
export default defineConfig({
  ...base,
  testDir: 'e2e/screenshots',
  testMatch: '**/*.shots.ts',
  timeout: 180_000,
  reporter: [['list']],
  outputDir: 'test-results/screenshots',
});

import { matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../vitest.config';

const picked = (file: string) =>
  (config.test?.include ?? []).some((glob) => matchesGlob(file, glob)) &&
  !(config.test?.exclude ?? []).some((glob) => matchesGlob(file, glob));

describe('vitest.config.ts', () => {
  it('runs every *.test.ts in the repo, wherever it is', () => {
    for (const file of [
      'src/cookies/cookie.test.ts',
      'src/ui/editor/cookie-editor.test.tsx',
      'extension/connector/extension-connector.test.ts',
      'e2e/demo-site/demo-server.test.ts',
      'scripts/find-chromium.test.ts',
      'bench/stats.test.ts',
    ])
      expect(picked(file), file).toBe(true);
  });

  it('leaves Playwright specs and installed packages alone', () => {
    for (const file of ['e2e/popup-lists-cookies.spec.ts', 'node_modules/x/y.test.ts'])
      expect(picked(file), file).toBe(false);
  });
});

// `npm test`: everything a fresh clone on a fresh machine needs to go green, in the order
// that fails fastest, stopping at the first failure.
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureCurl } from './ensure-curl.mjs';
import { ensureDependencies } from './ensure-dependencies.mjs';
import { ensureFirefox } from './ensure-firefox.mjs';
import { heading, localBin, runOrExit } from './run-command.mjs';

const started = Date.now();
await ensureDependencies();
const chromiumPath = await ensureChromium();
await ensureCurl();
const firefoxPath = await ensureFirefox();

const steps = [
  ['Lint and format (biome check .)', 'biome', ['check', '.']],
  ['Type check (tsc -p tsconfig.json --noEmit)', 'tsc', ['-p', 'tsconfig.json', '--noEmit']],
  [
    'Type check the benchmark (tsc -p bench/tsconfig.json)',
    'tsc',
    ['-p', 'bench/tsconfig.json', '--noEmit'],
  ],
  ['Unit tests (vitest run)', 'vitest', ['run']],
  // The e2e specs load dist/, so the build must come right before them.
  ['Build the extension (vite build)', 'vite', ['build']],
  [`End-to-end tests (playwright test, ${chromiumPath})`, 'playwright', ['test']],
  // Firefox: the shipped package must pass AMO's linter; the e2e specs load a test-only build.
  ['Build for Firefox (npm run build:firefox)', 'vite', ['build', '--mode', 'firefox']],
  ['Lint the Firefox build (web-ext lint dist-firefox)', 'node', ['scripts/lint-firefox.mjs']],
  ['Build for the Firefox e2e tests', 'vite', ['build', '--mode', 'firefox-e2e']],
  [
    `Firefox end-to-end tests (playwright test -c playwright.firefox.config.ts, ${firefoxPath})`,
    'playwright',
    ['test', '-c', 'playwright.firefox.config.ts'],
  ],
];

for (const [title, tool, args] of steps) {
  heading(title);
  const command = tool === 'node' ? process.execPath : localBin(tool);
  await runOrExit(command, args, {
    env: { CHROMIUM_PATH: chromiumPath, FIREFOX_PATH: firefoxPath },
  });
}

// The benchmark runs once at small sizes so it cannot rot; it reports and never fails on speed.
heading('Benchmark, small sizes (npm run bench -- --small)');
await runOrExit(process.execPath, ['bench/bench.mjs', '--small'], {
  env: { CHROMIUM_PATH: chromiumPath },
});

console.log(`\n✓ All checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

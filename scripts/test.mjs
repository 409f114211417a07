// `npm test`: everything a fresh clone on a fresh machine needs to go green, in the order
// that fails fastest, stopping at the first failure.
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureCurl } from './ensure-curl.mjs';
import { ensureDependencies } from './ensure-dependencies.mjs';
import { heading, localBin, runOrExit } from './run-command.mjs';

const started = Date.now();
await ensureDependencies();
const chromiumPath = await ensureChromium();
await ensureCurl();

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
];

for (const [title, tool, args] of steps) {
  heading(title);
  await runOrExit(localBin(tool), args, { env: { CHROMIUM_PATH: chromiumPath } });
}

// The benchmark runs once at small sizes so it cannot rot; it reports and never fails on speed.
heading('Benchmark, small sizes (npm run bench -- --small)');
await runOrExit(process.execPath, ['bench/bench.mjs', '--small'], {
  env: { CHROMIUM_PATH: chromiumPath },
});

console.log(`\n✓ All checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

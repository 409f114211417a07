// `npm run bench`: the same set-up as `npm test` (dependencies, Chromium), a build of the
// extension with the bench's floor page into bench-results/dist, then the bench itself
// (bench/run-bench.ts, run with tsx). Arguments go to the bench: `npm run bench -- --small`.
import { ensureChromium } from '../scripts/ensure-chromium.mjs';
import { ensureDependencies } from '../scripts/ensure-dependencies.mjs';
import { heading, localBin, runOrExit } from '../scripts/run-command.mjs';

const args = process.argv.slice(2);
await ensureDependencies();
const chromiumPath = await ensureChromium();

heading('Building the extension for the bench (vite build → bench-results/dist)');
await runOrExit(localBin('vite'), [
  'build',
  '--config',
  'bench/vite.bench.config.ts',
  '--logLevel',
  'warn',
]);

heading(`Benchmark (${chromiumPath})`);
// The bench speaks CDP over a WebSocket of its own: global in Node 22+, behind a flag in Node 20.
const env = { CHROMIUM_PATH: chromiumPath };
if (typeof WebSocket === 'undefined') {
  env.NODE_OPTIONS = [process.env.NODE_OPTIONS, '--experimental-websocket']
    .filter(Boolean)
    .join(' ');
}
await runOrExit(localBin('tsx'), ['bench/run-bench.ts', ...args], { env });

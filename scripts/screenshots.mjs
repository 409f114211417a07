// `npm run screenshots`: the README's screenshots (docs/screenshots/*.png), taken by the e2e
// set-up (the built extension in Chromium, local servers, seeded cookies) so they stay true.
// Same preparation as `npm test`: dependencies, Chromium, a fresh build.
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureDependencies } from './ensure-dependencies.mjs';
import { heading, localBin, runOrExit } from './run-command.mjs';

await ensureDependencies();
const chromiumPath = await ensureChromium();

heading('Build the extension (vite build)');
await runOrExit(localBin('vite'), ['build']);
heading(`Screenshots (playwright test -c playwright.screenshots.config.ts, ${chromiumPath})`);
await runOrExit(localBin('playwright'), ['test', '-c', 'playwright.screenshots.config.ts'], {
  env: { CHROMIUM_PATH: chromiumPath },
});
console.log('\n✓ Screenshots written to docs/screenshots/.');

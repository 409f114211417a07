// The benchmark (npm run bench → bench/bench.mjs → here, after set-up and the bench build).
// Measures and reports; exits non-zero only when the harness itself breaks.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startCookieTestServer } from '../e2e/support/cookie-test-server';
import { launchBenchBrowser } from './bench-browser';
import { type BenchContext, errorLine } from './bench-context';
import { measureBulk } from './bulk-writes';
import { measureImportPreview } from './import-preview';
import { measureLiveUpdates } from './live-updates';
import { measureManager } from './manager-render';
import { type FigureName, figureNames, parseOptions } from './options';
import type { PageSize } from './page-sizes';
import { measurePanelOpen } from './panel-open';
import { benchDistDir, resultsDir } from './paths';
import { measurePopupOpen } from './popup-open';
import { figureTable, sizeTable } from './report';
import { clearAllCookies } from './seed-cookies';
import { measureSizes } from './size-and-memory';
import type { FigureRow } from './stats';
import { evaluateTargets, targetTable } from './targets';

const parsed = parseOptions(process.argv.slice(2));
if ('help' in parsed) {
  console.log(parsed.help);
  process.exit(0);
}
if ('error' in parsed) {
  console.error(parsed.error);
  process.exit(2);
}
const options = parsed;

if (!existsSync(path.join(benchDistDir, 'manifest.json'))) {
  console.error(`${benchDistDir} has no build: run \`npm run bench\`, which builds it first.`);
  process.exit(1);
}

function gitCommit(): string | undefined {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim();
    return dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    return undefined;
  }
}

const startedAt = new Date();
// Taken now: others may commit while the bench runs, and the build is of the code as it is now.
const commit = gitCommit();
const log = (message: string) =>
  console.log(
    `[bench ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0).padStart(4)} s] ${message}`,
  );
const loadBefore = os.loadavg();
const server = await startCookieTestServer();
const browser = await launchBenchBrowser(benchDistDir);
const bench: BenchContext = { browser, server, distDir: benchDistDir, options, log };
const chromiumVersion = browser.context.browser()?.version() ?? 'unknown';
log(
  `${options.small ? 'small sizes, ' : ''}${options.trials} trials; Chromium ${chromiumVersion}; ` +
    `${os.cpus().length} CPUs, load ${loadBefore.map((l) => l.toFixed(1)).join(' ')}`,
);

const figures: FigureRow[] = [];
let sizes: PageSize[] = [];
const steps: Record<FigureName, () => Promise<void>> = {
  popup: async () => {
    figures.push(...(await measurePopupOpen(bench)));
  },
  size: async () => {
    const measured = await measureSizes(bench);
    sizes = measured.sizes;
    figures.push(...measured.rows);
  },
  live: async () => {
    figures.push(...(await measureLiveUpdates(bench)));
  },
  manager: async () => {
    figures.push(...(await measureManager(bench)));
  },
  import: async () => {
    figures.push(...(await measureImportPreview(bench)));
  },
  panel: async () => {
    figures.push(...(await measurePanelOpen(bench)));
  },
  bulk: async () => {
    figures.push(...(await measureBulk(bench)));
  },
};

try {
  for (const name of figureNames) {
    if (!options.only.has(name)) continue;
    log(`${name}…`);
    try {
      await steps[name]();
    } catch (error) {
      // One figure's failure is reported, not fatal: the others still run.
      figures.push({ id: name, label: name, unit: 'ms', na: `harness error: ${errorLine(error)}` });
    }
    await clearAllCookies(await browser.worker()).catch(() => {});
  }
} finally {
  await browser.close().catch(() => {});
  await server.close().catch(() => {});
}

const targets = evaluateTargets(figures, options);
const finishedAt = new Date();
const result = {
  startedAt: startedAt.toISOString(),
  seconds: (finishedAt.getTime() - startedAt.getTime()) / 1000,
  commit,
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    loadBefore,
    loadAfter: os.loadavg(),
    node: process.version,
    chromium: chromiumVersion,
  },
  options: { ...options, only: [...options.only] },
  figures,
  sizes,
  targets,
};
await mkdir(resultsDir, { recursive: true });
const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
const suffix = options.small ? '-small' : '';
const file = path.join(resultsDir, `bench-${stamp}${suffix}.json`);
const json = `${JSON.stringify(result, null, 2)}\n`;
await writeFile(file, json);
await writeFile(path.join(resultsDir, `latest${suffix}.json`), json);

console.log(
  `\nCookie Workbench bench — ${options.trials} trials${options.small ? ', small sizes' : ''}; times in ms (median, min, max)\n`,
);
console.log(figureTable(figures));
if (sizes.length > 0) {
  console.log('\nJS and CSS each page loads\n');
  console.log(sizeTable(sizes));
}
console.log('\nTARGETS (issue 17)\n');
console.log(targetTable(targets));
console.log(
  `\n${result.seconds.toFixed(0)} s; load ${loadBefore.map((l) => l.toFixed(1)).join(' ')} → ` +
    `${result.machine.loadAfter.map((l) => l.toFixed(1)).join(' ')}. Written to ${path.relative(process.cwd(), file)}`,
);

// `web-ext lint` on the Firefox build (dist-firefox/, from `npm run build:firefox`): what AMO's
// validator would say. Fails on any error, and on any warning or notice not allowed below with
// the reason it cannot be fixed. web-ext has no inline way to silence a finding in bundled code.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { localBin, repoRoot } from './run-command.mjs';

/** Findings that stay, each with why. `file` is matched against the path inside the build. */
const allowed = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^assets\/first-load-[\w-]+\.js$/,
    // Preact's own renderer: the `innerHTML = __html` branch of dangerouslySetInnerHTML. The
    // project never passes that prop (Biome's noDangerouslySetInnerHtml is an error), so the
    // branch never runs; the bundle cannot be changed without patching Preact.
    why: "Preact's dangerouslySetInnerHTML branch, unused (Biome forbids the prop)",
  },
];

const sourceDir = path.join(repoRoot, process.argv[2] ?? 'dist-firefox');

function lintJson() {
  return new Promise((resolve, reject) => {
    const child = spawn(
      localBin('web-ext'),
      ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-input'],
      // No update check: the test machine has no internet beyond the npm registry.
      { cwd: repoRoot, env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
    );
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.pipe(process.stderr);
    child.on('error', reject);
    child.on('exit', () => {
      try {
        resolve(JSON.parse(out.slice(out.indexOf('{'))));
      } catch {
        reject(new Error(`web-ext lint printed no JSON report:\n${out}`));
      }
    });
  });
}

const report = await lintJson();
const findings = [
  ...report.errors.map((f) => ({ ...f, kind: 'error' })),
  ...report.warnings.map((f) => ({ ...f, kind: 'warning' })),
  ...report.notices.map((f) => ({ ...f, kind: 'notice' })),
];
let failed = false;
for (const finding of findings) {
  const where = `${finding.file ?? 'manifest'}${finding.line ? `:${finding.line}` : ''}`;
  const allowance =
    finding.kind !== 'error' &&
    allowed.find((a) => a.code === finding.code && a.file.test(finding.file ?? ''));
  if (allowance) {
    console.log(`  allowed ${finding.kind} ${finding.code} at ${where}: ${allowance.why}`);
  } else {
    failed = true;
    console.error(`✗ ${finding.kind} ${finding.code} at ${where}: ${finding.message}`);
    if (finding.description) console.error(`    ${finding.description}`);
  }
}
console.log(
  `web-ext lint ${path.relative(repoRoot, sourceDir)}: ${report.summary.errors} errors, ` +
    `${report.summary.warnings} warnings, ${report.summary.notices} notices.`,
);
if (failed) process.exit(1);

import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A tool installed in node_modules/.bin, run directly: `npx` could fetch a missing one. */
export function localBin(name) {
  return path.join(repoRoot, 'node_modules', '.bin', name);
}

export function heading(title) {
  const bar = '='.repeat(Math.max(20, title.length + 6));
  console.log(`\n${bar}\n== ${title}\n${bar}`);
}

/**
 * Runs a command with inherited stdio in the repo root and resolves with its exit code.
 * stdin is ignored: CI has none, and no step may stop to ask a question.
 */
export function run(command, args, { env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...env },
    });
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Runs a command and exits this process with its code when it fails. */
export async function runOrExit(command, args, options) {
  const code = await run(command, args, options);
  if (code !== 0) {
    console.error(`\n✗ ${[path.basename(command), ...args].join(' ')} failed (exit code ${code}).`);
    process.exit(code);
  }
}

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { localBin, repoRoot } from './run-command.mjs';

const demoEntry = 'e2e/demo-site/main.ts';
// Until the demo site exists (or if it is removed), serve the e2e cookie test server.
const fallbackEntry = 'e2e/support/serve-cookie-test-server.ts';

/**
 * Starts the demo site as a child process in its own process group (so Ctrl-C reaches us,
 * and we stop it in order) and resolves once it prints its
 * "Demo site: http://localhost:8080/ and https://localhost:8443/" line.
 * @returns {Promise<{ httpUrl: string, httpsUrl?: string, child: import('node:child_process').ChildProcess }>}
 */
export function startDemoSite() {
  const entry = existsSync(path.join(repoRoot, demoEntry)) ? demoEntry : fallbackEntry;
  if (entry === fallbackEntry) console.log(`(${demoEntry} not found: serving ${fallbackEntry})`);
  const child = spawn(localBin('tsx'), [entry], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  return new Promise((resolve, reject) => {
    let pending = '';
    const timer = setTimeout(() => {
      reject(new Error(`${entry} did not print its "Demo site:" line within 60 s.`));
    }, 60_000);
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      pending += chunk;
      const match = pending.match(/Demo site: (http:\/\/\S+)(?: and (https:\/\/\S+))?/);
      if (match) {
        clearTimeout(timer);
        resolve({ httpUrl: match[1], httpsUrl: match[2], child });
      }
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited before it was ready (${signal ?? `exit code ${code}`}).`));
    });
  });
}

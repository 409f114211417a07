import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumArgs } from './chromium-args.mjs';

/**
 * Opens a headed Chromium with the unpacked extension in a fresh temporary profile, in its
 * own process group so that stopping it also stops its helper processes.
 */
export function openChromium({ executablePath, extensionDir, url }) {
  const profileDir = mkdtempSync(path.join(os.tmpdir(), 'cookie-workbench-start-'));
  const args = [`--user-data-dir=${profileDir}`, ...chromiumArgs({ extensionDir }), url];
  const child = spawn(executablePath, args, { stdio: 'ignore', detached: true });
  return { child, profileDir };
}

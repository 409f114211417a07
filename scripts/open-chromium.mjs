import { spawn } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { chromiumArgs } from './chromium-args.mjs';

/**
 * The SHA-256 of the demo's certificate public key (SPKI), for
 * --ignore-certificate-errors-spki-list: the browser then trusts this one self-signed
 * certificate only, instead of ignoring every certificate error on the open web.
 * @returns {Promise<string | undefined>}
 */
export function certificateSpkiHash(httpsUrl) {
  const { hostname, port } = new URL(httpsUrl);
  return new Promise((resolve) => {
    const socket = tls.connect({ host: hostname, port: Number(port), rejectUnauthorized: false });
    socket.setTimeout(5000, () => socket.destroy());
    socket.once('secureConnect', () => {
      const { raw } = socket.getPeerCertificate();
      socket.end();
      if (!raw) return resolve(undefined);
      const spki = new X509Certificate(raw).publicKey.export({ type: 'spki', format: 'der' });
      resolve(createHash('sha256').update(spki).digest('base64'));
    });
    socket.once('error', () => resolve(undefined));
    socket.once('close', () => resolve(undefined));
  });
}

/**
 * Opens a headed Chromium with the unpacked extension in a fresh temporary profile, in its
 * own process group so that stopping it also stops its helper processes.
 */
export function openChromium({ executablePath, extensionDir, url, spkiHash }) {
  const profileDir = mkdtempSync(path.join(os.tmpdir(), 'cookie-workbench-start-'));
  // The e2e hostnames (a.test, sub.a.test, b.test) work here too.
  const args = [`--user-data-dir=${profileDir}`, ...chromiumArgs({ extensionDir, spkiHash }), url];
  const child = spawn(executablePath, args, { stdio: 'ignore', detached: true });
  return { child, profileDir };
}

import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The secret that signs the session id and the signed cookies. Kept in the data directory (not
 * in the source, as the advice goes) and made once, so cookies stay valid across restarts.
 */
export async function loadOrCreateSecret(dataDir: string): Promise<string> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, 'cookie-secret');
  const existing = await readFile(file, 'utf8').catch(() => '');
  if (existing.trim().length >= 32) return existing.trim();
  const secret = randomBytes(32).toString('base64url');
  try {
    // wx: if two servers start together on one directory, the first secret wins.
    await writeFile(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch {
    const winner = (await readFile(file, 'utf8')).trim();
    if (winner.length >= 32) return winner;
    await writeFile(file, secret, { mode: 0o600 });
    return secret;
  }
}

import { spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { busyPortsMessage, demoPorts, portIsBusy } from './start-port-check.mjs';

const repoRoot = path.resolve(import.meta.dirname, '..');
const servers: net.Server[] = [];

/** Occupies a free loopback port the way another program would, and returns it. */
async function occupyPort(): Promise<number> {
  const server = net.createServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

/** A port that was free a moment ago (listened on, then released). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

describe('the demo ports npm start checks', () => {
  it('reads DEMO_HTTP_PORT and DEMO_HTTPS_PORT, 8080 and 8443 by default', () => {
    expect(demoPorts({})).toEqual([
      { variable: 'DEMO_HTTP_PORT', port: 8080 },
      { variable: 'DEMO_HTTPS_PORT', port: 8443 },
    ]);
    expect(demoPorts({ DEMO_HTTP_PORT: '9000', DEMO_HTTPS_PORT: ' 0 ' })).toEqual([
      { variable: 'DEMO_HTTP_PORT', port: 9000 },
      { variable: 'DEMO_HTTPS_PORT', port: 0 },
    ]);
    expect(() => demoPorts({ DEMO_HTTP_PORT: 'eighty' })).toThrow(/DEMO_HTTP_PORT must be/);
    expect(() => demoPorts({ DEMO_HTTPS_PORT: '70000' })).toThrow(/DEMO_HTTPS_PORT must be/);
  });

  it('finds a port another program listens on, and a free one free', async () => {
    expect(await portIsBusy(await occupyPort())).toBe(true);
    expect(await portIsBusy(await freePort())).toBe(false);
  });

  it('names the busy port and the variables to choose others, in one line', async () => {
    const busy = await occupyPort();
    const env = { DEMO_HTTP_PORT: String(busy), DEMO_HTTPS_PORT: String(await freePort()) };
    const message = await busyPortsMessage(env);
    expect(message).toContain(`port ${busy} (DEMO_HTTP_PORT) is already in use`);
    expect(message).toContain('DEMO_HTTPS_PORT=');
    expect(message).not.toContain('\n');
    expect(await busyPortsMessage({ ...env, DEMO_HTTP_PORT: '0' })).toBeUndefined();
    const second = await occupyPort();
    expect(
      await busyPortsMessage({ DEMO_HTTP_PORT: String(busy), DEMO_HTTPS_PORT: String(second) }),
    ).toContain(
      `port ${busy} (DEMO_HTTP_PORT) and port ${second} (DEMO_HTTPS_PORT) are already in use`,
    );
  });

  it('npm start exits non-zero with that line before it builds anything', async () => {
    const busy = await occupyPort();
    // spawnSync blocks this process, which is fine: the kernel keeps the port bound, and the
    // check only tries to bind it. No DISPLAY: were the check to pass, no browser would open.
    const result = spawnSync(process.execPath, ['scripts/start.mjs'], {
      cwd: repoRoot,
      env: { ...process.env, DEMO_HTTP_PORT: String(busy), DEMO_HTTPS_PORT: '0', DISPLAY: '' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringContaining(`port ${busy} (DEMO_HTTP_PORT) is already in use`),
    ]);
    expect(result.stdout).not.toContain('Building the extension');
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type DemoSiteOptions, startDemoSite } from '../demo-site/demo-server';

/** What a spec may choose; ports, interface and data directory are the harness's. */
export type DemoSiteSettings = Omit<
  DemoSiteOptions,
  'httpPort' | 'httpsPort' | 'host' | 'dataDir' | 'now'
>;

/**
 * The clock of the demo's own time logic (visit interval, login window). It follows real time
 * until paused; resumed, it runs on from where it stopped. A paused clock makes "just after
 * logging in" exact however slow the machine is; the browser and the session libraries keep
 * real time.
 */
export class DemoClock {
  #offset = 0;
  #pausedAt: number | undefined;

  readonly now = (): number => this.#pausedAt ?? Date.now() + this.#offset;

  pause(): void {
    this.#pausedAt ??= this.now();
  }

  resume(): void {
    if (this.#pausedAt === undefined) return;
    this.#offset = this.#pausedAt - Date.now();
    this.#pausedAt = undefined;
  }
}

export type DemoSiteServer = {
  httpPort: number;
  httpsPort: number;
  /** The temporary directory with the SQLite file, the session files and the secret. */
  dataDir: string;
  /** `url('/visits/')` → `http://a.test:<httpPort>/visits/` (the browser maps *.test to 127.0.0.1). */
  url(pathname?: string, opts?: { host?: string; https?: boolean }): string;
  /** Stops the site and deletes its data directory. */
  close(): Promise<void>;
};

/**
 * The demo site on free ports of 127.0.0.1 with a fresh data directory of its own, so every
 * spec starts without sessions and without a shared secret.
 */
export async function startDemoSiteServer(
  settings: DemoSiteSettings = {},
  clock: DemoClock = new DemoClock(),
): Promise<DemoSiteServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cookie-workbench-demo-'));
  const removeDataDir = () => rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
  let site: Awaited<ReturnType<typeof startDemoSite>>;
  try {
    site = await startDemoSite({
      ...settings,
      httpPort: 0,
      httpsPort: 0,
      host: '127.0.0.1',
      dataDir,
      now: clock.now,
    });
  } catch (error) {
    await removeDataDir();
    throw error;
  }
  // The site reports localhost URLs; only their ports matter here.
  const httpPort = Number(new URL(site.httpUrl).port);
  const httpsPort = Number(new URL(site.httpsUrl).port);
  let closing: Promise<void> | undefined;
  return {
    httpPort,
    httpsPort,
    dataDir,
    url(pathname = '/', { host = 'a.test', https = false } = {}) {
      return `${https ? 'https' : 'http'}://${host}:${https ? httpsPort : httpPort}${pathname}`;
    },
    close() {
      closing ??= site.close().finally(removeDataDir);
      return closing;
    },
  };
}

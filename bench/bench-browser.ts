import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';
import { chromiumExecutable } from '../e2e/support/extension-context';
import { chromiumArgs } from '../scripts/chromium-args.mjs';
import { CdpConnection } from './cdp-connection';

/**
 * Chromium with the bench build of the extension, launched like the e2e tests'
 * (e2e/support/extension-context.ts) but from the bench's own build folder, plus a raw CDP
 * connection of our own for what Playwright cannot do (catching the popup at its start).
 */
export interface BenchBrowser {
  context: BrowserContext;
  extensionId: string;
  cdp: CdpConnection;
  /** The browser's CDP WebSocket, for a second Playwright connection (connectOverCDP). */
  wsEndpoint: string;
  /** The extension's service worker, looked up afresh (MV3 may restart it). */
  worker(): Promise<Worker>;
  /** The profile's first tab. */
  firstPage: Page;
  url(pagePath: string): string;
  close(): Promise<void>;
}

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://');
}

async function browserWebSocketUrl(profileDir: string): Promise<string> {
  // Chromium writes "<port>\n<browser target path>" here once DevTools listens.
  const file = path.join(profileDir, 'DevToolsActivePort');
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [port, browserPath] = (await readFile(file, 'utf8').catch(() => '')).split('\n');
    if (port && browserPath) return `ws://127.0.0.1:${port}${browserPath}`;
    if (Date.now() > deadline) throw new Error(`Chromium did not write ${file}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function launchBenchBrowser(extensionDir: string): Promise<BenchBrowser> {
  const profileDir = await mkdtemp(path.join(os.tmpdir(), 'cookie-workbench-bench-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumExecutable(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs({ extensionDir, automated: true }),
  });
  const worker = async () => {
    const running = context.serviceWorkers().find(isExtensionWorker);
    if (running) return running;
    return context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 10_000 });
  };
  const extensionId = new URL((await worker()).url()).host;
  const wsEndpoint = await browserWebSocketUrl(profileDir);
  const cdp = await CdpConnection.connect(wsEndpoint);
  const firstPage = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    extensionId,
    cdp,
    wsEndpoint,
    worker,
    firstPage,
    url: (pagePath) => `chrome-extension://${extensionId}/${pagePath.replace(/^\//, '')}`,
    async close() {
      cdp.close();
      await context.close();
      await rm(profileDir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';
import { DevToolsPanel } from './pages/devtools-panel';
import { timelineEntry, waitForNetworkLog } from './support/devtools-timeline';

// The DevTools frontend takes seconds to start, tens of seconds on a loaded 2-core machine.
test.describe.configure({ timeout: 150_000 });

/** Each route's Set-Cookie: one cookie set, changed, then deleted. */
const setCookieOf: Record<string, string> = {
  '/create': 'seq=1; Path=/',
  // Sent as UTF-8 bytes: DevTools shows header bytes as Latin-1, the cookies API decodes UTF-8.
  '/change': 'seq=2-é€; Path=/',
  '/delete': 'seq=; Path=/; Max-Age=0',
};

// Like a server-rendered page: the headers (and their Set-Cookie) go out at once, the body
// follows later. The browser applies the cookie on the headers, DevTools reports the request
// when the body is done, so a response finishes after the next one's cookie has changed.
const bodyDelayMs = 700;

function startServer(): Promise<{ origin(host: string): string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const setCookie = setCookieOf[path];
    res.setHeader('Cache-Control', 'no-store');
    if (!setCookie) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>timeline</title><p>timeline test page</p>');
      return;
    }
    const bytes = Buffer.from(setCookie, 'utf8').toString('latin1');
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Set-Cookie': bytes });
    // Not flushHeaders(): with no body Node writes the head as UTF-8, encoding these bytes twice;
    // with a Buffer it writes the head as Latin-1, byte for byte.
    res.write(Buffer.from('…'));
    setTimeout(() => res.end(`done ${path}`), bodyDelayMs);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: (host) => `http://${host}:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

test('one cookie set, changed and deleted by responses 100 ms apart: each entry names its own request', async ({
  context,
  page,
  extensionId,
}) => {
  const server = await startServer();
  try {
    const origin = server.origin('a.test');
    await page.goto(`${origin}/`);
    const panel = await DevToolsPanel.open(context, extensionId, page);
    await waitForNetworkLog(panel, page);

    // Issue 11: the change and the deletion were credited to the previous request.
    await page.evaluate(async (paths) => {
      const pending: Promise<string>[] = [];
      for (const [index, path] of paths.entries()) {
        if (index > 0) await new Promise((resolve) => setTimeout(resolve, 100));
        pending.push(fetch(path).then((r) => r.text()));
      }
      await Promise.all(pending);
    }, Object.keys(setCookieOf));

    const steps = { created: '/create', changed: '/change', deleted: '/delete' };
    for (const [action, path] of Object.entries(steps)) {
      const entry = timelineEntry(panel, 'seq', action);
      // DevTools reports a request once its body is read: seconds later on a busy machine.
      await expect(entry.getByTestId('timeline-source')).toHaveText(`GET ${origin}${path} (200)`, {
        timeout: 20_000,
      });
      await expect(entry).toHaveAttribute('data-source', 'request');
    }
    await expect(timelineEntry(panel, 'seq', 'changed').getByTestId('timeline-values')).toHaveText(
      '1 → 2-é€',
    );
    await expect(panel.frame.getByTestId('timeline-entry')).toHaveCount(3);
    await panel.close();
  } finally {
    await server.close();
  }
});

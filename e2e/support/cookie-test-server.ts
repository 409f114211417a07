import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { selfSignedTls } from './tls';

export type CookieTestServer = {
  httpPort: number;
  httpsPort: number;
  /** `url('a.test', '/app/echo', { https: true })` → `https://a.test:<httpsPort>/app/echo`. */
  url(host: string, path?: string, opts?: { https?: boolean }): string;
  close(): Promise<void>;
};

export type EchoResponse = {
  host: string;
  path: string;
  cookieHeader: string;
  cookies: Array<[name: string, value: string]>;
};

/**
 * Splits a Cookie request header exactly as sent: order and duplicates kept, values raw
 * (no decoding, no unquoting), because the specs must see what the browser really sent.
 */
export function parseCookieHeader(header: string): Array<[string, string]> {
  if (header === '') return [];
  return header.split('; ').map((pair) => {
    const eq = pair.indexOf('=');
    // A cookie with an empty name is sent as the bare value (RFC 6265bis 5.7.3).
    return eq === -1 ? ['', pair] : [pair.slice(0, eq), pair.slice(eq + 1)];
  });
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

/**
 * Routes match on the last path segment so that any prefix works: `/app/echo` and `/echo`
 * behave alike, which lets specs put cookies on paths like `/app` and still read them back.
 */
function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://placeholder');
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  const cookieHeader = req.headers.cookie ?? '';
  const lastSegment = url.pathname.split('/').at(-1);
  res.setHeader('Cache-Control', 'no-store');

  if (lastSegment === 'echo') {
    const body: EchoResponse = {
      host,
      path: url.pathname,
      cookieHeader,
      cookies: parseCookieHeader(cookieHeader),
    };
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
    return;
  }

  if (lastSegment === 'set') {
    const setCookies = url.searchParams.getAll('c');
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Set-Cookie': setCookies,
    });
    const list = setCookies.map((c) => `<li>${escapeHtml(c)}</li>`).join('');
    res.end(page('Cookies set', `<ul id="set-cookies">${list}</ul>`));
    return;
  }

  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(
    page(`Test page ${host}${url.pathname}`, `<pre id="cookies">${escapeHtml(cookieHeader)}</pre>`),
  );
}

function listen(server: http.Server | https.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: http.Server | https.Server): Promise<void> {
  return new Promise((resolve) => {
    // Browsers keep connections alive; without this close() would wait for them.
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/**
 * Local http + https servers on 127.0.0.1 (the test browser maps *.test there), on free
 * ports unless given.
 */
export async function startCookieTestServer(
  ports: { httpPort?: number; httpsPort?: number } = {},
): Promise<CookieTestServer> {
  const tls = await selfSignedTls();
  const httpServer = http.createServer(handle);
  const httpsServer = https.createServer(tls, handle);
  const [httpPort, httpsPort] = await Promise.all([
    listen(httpServer, ports.httpPort ?? 0),
    listen(httpsServer, ports.httpsPort ?? 0),
  ]);
  return {
    httpPort,
    httpsPort,
    url(host, path = '/', opts = {}) {
      const scheme = opts.https ? 'https' : 'http';
      const port = opts.https ? httpsPort : httpPort;
      return `${scheme}://${host}:${port}${path.startsWith('/') ? path : `/${path}`}`;
    },
    async close() {
      await Promise.all([closeServer(httpServer), closeServer(httpsServer)]);
    },
  };
}

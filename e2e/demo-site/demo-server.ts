import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { selfSignedTls } from '../support/tls';
import { createDemoApp } from './demo-app';
import { type DemoSiteOptions, resolveDemoConfig } from './demo-options';
import { loadOrCreateSecret } from './demo-secret';
import { createSessionBackend } from './session-stores';

export type { DemoSiteOptions, SessionStoreKind } from './demo-options';

export interface DemoSite {
  /** e.g. http://localhost:8080/ (the e2e browser may reach the same port as http://a.test:PORT/). */
  httpUrl: string;
  httpsUrl: string;
  /** Stops both servers, dropping open connections, and closes the session store. */
  close(): Promise<void>;
}

function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function stop(server: http.Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // Keep-alive connections (a browser's, the tests') would hold close() open.
    server.closeAllConnections();
  });
}

/** The host for the printed URLs: the loopback and wildcard addresses read better as localhost. */
function urlHost(host: string): string {
  if (['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost'].includes(host)) return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * Starts the demo site over http and https (self-signed certificate for localhost and the
 * *.test names), both serving the same app and the same sessions.
 */
export async function startDemoSite(options: DemoSiteOptions = {}): Promise<DemoSite> {
  const config = resolveDemoConfig(options);
  const secret = await loadOrCreateSecret(config.dataDir);
  const tls = await selfSignedTls();
  const backend = createSessionBackend(config, secret);
  const app = createDemoApp(config, backend, secret);
  const httpServer = http.createServer(app);
  const httpsServer = https.createServer({ key: tls.key, cert: tls.cert }, app);
  let ports: [number, number];
  try {
    ports = [
      await listen(httpServer, config.httpPort, config.host),
      await listen(httpsServer, config.httpsPort, config.host),
    ];
  } catch (error) {
    await Promise.allSettled([stop(httpServer), stop(httpsServer)]);
    await backend.close();
    throw error;
  }
  const host = urlHost(config.host);
  let closing: Promise<void> | undefined;
  return {
    httpUrl: `http://${host}:${ports[0]}/`,
    httpsUrl: `https://${host}:${ports[1]}/`,
    close() {
      closing ??= Promise.all([stop(httpServer), stop(httpsServer)]).then(() => backend.close());
      return closing;
    },
  };
}

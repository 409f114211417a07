// The cookie test server as a program: `npm start` serves it when the demo site is absent,
// and prints the same "Demo site:" line so the start script reads either one alike.
import { startCookieTestServer } from './cookie-test-server';

function portFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

const server = await startCookieTestServer({
  httpPort: portFromEnv('DEMO_HTTP_PORT', 8080),
  httpsPort: portFromEnv('DEMO_HTTPS_PORT', 8443),
});
console.log(
  `Demo site: ${server.url('localhost')} and ${server.url('localhost', '/', { https: true })}`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close().then(() => process.exit(0));
  });
}

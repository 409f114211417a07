// `npm start`'s first step: are the demo site's ports free? Checked before the build, so a busy
// port costs a second and one clear line instead of a build and an EADDRINUSE stack.
import net from 'node:net';

/** The demo listens on the loopback interface only (see e2e/demo-site/demo-options.ts). */
const demoHost = '127.0.0.1';

/**
 * The ports `npm start` will ask the demo for, read as the demo reads them: DEMO_HTTP_PORT and
 * DEMO_HTTPS_PORT, 8080 and 8443 by default, 0 for any free port.
 * @param {Record<string, string | undefined>} env
 * @returns {{ variable: string, port: number }[]}
 */
export function demoPorts(env) {
  return [
    ['DEMO_HTTP_PORT', 8080],
    ['DEMO_HTTPS_PORT', 8443],
  ].map(([variable, fallback]) => {
    const text = env[variable]?.trim() ?? '';
    if (text === '') return { variable, port: fallback };
    const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
    if (!(port >= 0 && port <= 65535)) {
      throw new Error(`${variable} must be a port number from 0 to 65535, got "${text}".`);
    }
    return { variable, port };
  });
}

/**
 * Whether something already listens on the port: try to listen there ourselves and let go at
 * once. Only EADDRINUSE means busy; other errors (EACCES below 1024) are left for the demo to
 * report in its own words when it starts.
 * @returns {Promise<boolean>}
 */
export function portIsBusy(port, host = demoHost) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (error) => resolve(error.code === 'EADDRINUSE'));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(false)));
  });
}

/**
 * One line naming every busy port and how to pick others, or undefined when all are free.
 * @param {Record<string, string | undefined>} env
 * @returns {Promise<string | undefined>}
 */
export async function busyPortsMessage(env) {
  const ports = demoPorts(env);
  const busy = [];
  for (const { variable, port } of ports) {
    if (port !== 0 && (await portIsBusy(port))) busy.push(`${port} (${variable})`);
  }
  if (busy.length === 0) return undefined;
  const example = ports.map(({ variable, port }) => `${variable}=${port === 0 ? 0 : port + 1}`);
  return (
    `The demo site cannot start: port ${busy.join(' and port ')} ${busy.length > 1 ? 'are' : 'is'} already in use on ` +
    `${demoHost}. Stop what uses it, or choose other ports, e.g. \`${example.join(' ')} npm start\` (0 picks a free port).`
  );
}

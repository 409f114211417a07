// The one recipe for starting Chromium with the extension: the e2e tests, the bench and
// `npm start` take their flags from here (and the binary from find-chromium.mjs).

/** Every *.test name reaches the local servers; the explicit ones document what we use. */
export const hostResolverRules =
  'MAP *.test 127.0.0.1, MAP a.test 127.0.0.1, MAP b.test 127.0.0.1, MAP c.test 127.0.0.1';

/**
 * Chromium's command-line flags for a profile with the unpacked extension.
 * `automated` (e2e, bench): the *.test hosts mapped to the local servers, closed network apart
 * from them, every certificate accepted (the servers' own are self-signed), a DevTools port for a
 * second CDP connection, and no sandbox (CI runs as root, where Chromium refuses its sandbox).
 * Otherwise (`npm start`, a person's browser): nothing Chromium lists among its "unsupported
 * command-line flags" (bad_flags_prompt.cc), which would put a warning bar over the demo:
 * --host-resolver-rules and --ignore-certificate-errors-spki-list are both on that list. The
 * demo is on localhost, which needs no mapping; its https page shows the usual warning for a
 * self-signed certificate. The sandbox is off only as root, where Chromium cannot start with it.
 * @param {{ extensionDir: string, automated?: boolean }} options
 * @returns {string[]}
 */
export function chromiumArgs({ extensionDir, automated = false }) {
  const args = [
    // Both: Playwright adds --disable-extensions itself, which the first one overrides.
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--no-default-browser-check',
  ];
  if (automated) {
    return [
      ...args,
      `--host-resolver-rules=${hostResolverRules}`,
      '--ignore-certificate-errors',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--remote-debugging-port=0',
      '--no-sandbox',
    ];
  }
  return [...args, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
}

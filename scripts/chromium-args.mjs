// The one recipe for starting Chromium with the extension: the e2e tests, the bench and
// `npm start` take their flags from here (and the binary from find-chromium.mjs).

/** Every *.test name reaches the local servers; the explicit ones document what we use. */
export const hostResolverRules =
  'MAP *.test 127.0.0.1, MAP a.test 127.0.0.1, MAP b.test 127.0.0.1, MAP c.test 127.0.0.1';

/**
 * Chromium's command-line flags for a profile with the unpacked extension.
 * `automated` (e2e, bench): closed network apart from the local servers, every certificate
 * accepted (the servers' own are self-signed), a DevTools port for a second CDP connection, and
 * no sandbox (CI runs as root, where Chromium refuses its sandbox).
 * Otherwise (`npm start`, a person's browser): only the demo's certificate is trusted
 * (`spkiHash`), and the sandbox is off only as root.
 * @param {{ extensionDir: string, automated?: boolean, spkiHash?: string }} options
 * @returns {string[]}
 */
export function chromiumArgs({ extensionDir, automated = false, spkiHash }) {
  const args = [
    // Both: Playwright adds --disable-extensions itself, which the first one overrides.
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=${hostResolverRules}`,
    '--no-first-run',
    '--no-default-browser-check',
  ];
  if (automated) {
    return [
      ...args,
      '--ignore-certificate-errors',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--remote-debugging-port=0',
      '--no-sandbox',
    ];
  }
  return [
    ...args,
    ...(spkiHash ? [`--ignore-certificate-errors-spki-list=${spkiHash}`] : []),
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
}

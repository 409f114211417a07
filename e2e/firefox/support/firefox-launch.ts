import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findFirefox } from '../../../scripts/find-firefox.mjs';
import { geckoId } from '../../../scripts/firefox-manifest';

/** The test-only Firefox build (`vite build --mode firefox-e2e`), see vite.config.ts. */
export const firefoxDistDir = fileURLToPath(new URL('../../../dist-firefox-e2e', import.meta.url));

/**
 * The extension's internal UUID, fixed through the `extensions.webextensions.uuids` pref so its
 * pages have a known address (Firefox picks a random one per profile otherwise).
 */
export const extensionUuid = '6f1c2a9e-4b7d-4e3a-9c55-2d8e0f7b1a34';
export const extensionOrigin = `moz-extension://${extensionUuid}`;

/**
 * Every test hostname, resolved to 127.0.0.1: Firefox's `network.dns.localDomains` takes exact
 * names (no wildcard), the counterpart of Chromium's --host-resolver-rules (chromium-args.mjs).
 */
export const testHosts = ['a.test', 'sub.a.test', 'b.test', 'sub.b.test', 'c.test'];

export type FirefoxWithExtension = { browser: Browser; close(): Promise<void> };

function firefoxExecutable(): string {
  const found = findFirefox();
  if (found.path) return found.path;
  throw new Error(
    `${found.error ?? 'No Firefox found.'} Run \`npm test\` (it installs firefox-esr where it ` +
      'can) or set FIREFOX_PATH to a Firefox binary.',
  );
}

/**
 * Firefox with the test build installed as a temporary add-on over WebDriver BiDi, in a fresh
 * profile. Playwright cannot drive Debian's firefox-esr; puppeteer-core can.
 */
export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  if (!existsSync(path.join(firefoxDistDir, 'manifest.json'))) {
    throw new Error(
      `${firefoxDistDir}/manifest.json is missing: run \`npx vite build --mode firefox-e2e\` ` +
        'first (npm test does).',
    );
  }
  const profileDir = await mkdtemp(path.join(os.tmpdir(), 'cookie-workbench-firefox-'));
  // Private windows: Firefox keeps an add-on's "Run in Private Windows" choice as the permission
  // internal:privateBrowsingAllowed, and imports this legacy file into a fresh profile's store
  // (ExtensionPermissions.sys.mjs, maybeMigrateDataFromOldJSONFile). BiDi's install has no such
  // option, and a temporary add-on is not allowed by default.
  await writeFile(
    path.join(profileDir, 'extension-preferences.json'),
    JSON.stringify({
      [geckoId]: { permissions: ['internal:privateBrowsingAllowed'], origins: [] },
    }),
  );
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxExecutable(),
    headless: true,
    userDataDir: profileDir,
    // The local https server's certificate is self-signed.
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: extensionUuid }),
      'network.dns.localDomains': testHosts.join(','),
      // Containers (contextualIdentities) are off unless this is on.
      'privacy.userContext.enabled': true,
    },
  });
  try {
    await browser.installExtension(firefoxDistDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    async close() {
      await browser.close();
      await rm(profileDir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

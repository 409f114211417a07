// The Firefox manifest, derived from the one manifest.json (written for Chromium) at build time,
// so that the two builds cannot drift apart: `vite build --mode firefox` uses it.

/** The keys of manifest.json this transform reads or changes; the rest pass through as they are. */
export type SourceManifest = {
  background: { service_worker: string; type?: string };
  permissions: string[];
  minimum_chrome_version?: string;
  incognito?: string;
  [key: string]: unknown;
};

export type FirefoxManifest = {
  [key: string]: unknown;
  permissions: string[];
  incognito?: string;
  background: { scripts: string[]; type?: string };
  browser_specific_settings: {
    gecko: {
      id: string;
      strict_min_version: string;
      data_collection_permissions: { required: string[] };
    };
    gecko_android: { strict_min_version: string };
  };
  web_accessible_resources?: Array<{ resources: string[]; matches: string[] }>;
};

/**
 * The add-on id. Firefox keys storage, permissions and updates on it, so it must never change once
 * a version is published (AMO signs and lists under it).
 */
export const geckoId = 'cookie-workbench@example.org';

/**
 * 140 is the ESR that first knows `data_collection_permissions` (below it web-ext lint warns the
 * key is ignored); everything else used (MV3 background scripts as modules, storage.session,
 * cookies.partitionKey, devtools panels) is older.
 */
export const firefoxMinVersion = '140.0';

/** Firefox for Android learnt `data_collection_permissions` in 142 (web-ext lint says so). */
export const firefoxAndroidMinVersion = '142.0';

/** What a test-only build adds: pages an http page may navigate to, and extra permissions. */
export type TestOnlyAdditions = {
  /**
   * Extension pages listed in web_accessible_resources. WebDriver BiDi cannot open a
   * moz-extension:// page directly; a web page can set `location.href` to a listed one.
   * Never in the shipped build: it would let every site embed the pages.
   */
  webAccessiblePages: string[];
  /** Permissions only the tests use (contextualIdentities, to create a container). */
  permissions: string[];
};

export const firefoxOnlyPermissions = ['contextualIdentities'];

export function firefoxManifest(
  source: SourceManifest,
  testOnly?: TestOnlyAdditions,
): FirefoxManifest {
  const { background, minimum_chrome_version: _chromeOnly, incognito, ...rest } = source;
  const manifest: FirefoxManifest = {
    ...rest,
    // Firefox only: the popup and panel name a container tab's container, and the manager its
    // store, from contextualIdentities (extension/background/browser-facts.ts). Chromium has no
    // such API, so manifest.json does not list it.
    permissions: [...rest.permissions, ...firefoxOnlyPermissions],
    // Firefox runs MV3 backgrounds as event pages (scripts), not service workers; crxjs turns the
    // first script into its loader, like service_worker for Chromium.
    background: {
      scripts: [background.service_worker],
      ...(background.type ? { type: background.type } : {}),
    },
    browser_specific_settings: {
      gecko: {
        id: geckoId,
        strict_min_version: firefoxMinVersion,
        // Nothing leaves the browser: no analytics, no sync, no remote code.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: firefoxAndroidMinVersion },
    },
  };
  // Firefox has no split mode: since 127 it installs a "split" extension as "not_allowed", shut
  // out of private windows (bug 1876924, MDN manifest.json/incognito). Spanning is what it can do.
  if (incognito !== undefined) manifest.incognito = incognito === 'split' ? 'spanning' : incognito;
  if (testOnly) {
    const added = testOnly.permissions.filter((p) => !manifest.permissions.includes(p));
    manifest.permissions = [...manifest.permissions, ...added];
    manifest.web_accessible_resources = [
      { resources: testOnly.webAccessiblePages, matches: ['http://*/*', 'https://*/*'] },
    ];
  }
  return manifest;
}

import { describe, expect, it } from 'vitest';
import manifest from '../manifest.json';
import { firefoxManifest, firefoxOnlyPermissions, geckoId } from './firefox-manifest';

const testOnly = { webAccessiblePages: ['extension/popup/popup.html'], permissions: ['x'] };

describe('firefoxManifest', () => {
  it('runs the background as a module script instead of a service worker', () => {
    const firefox = firefoxManifest(manifest);
    expect(firefox.background).toEqual({
      scripts: [manifest.background.service_worker],
      type: 'module',
    });
    expect(firefox.background).not.toHaveProperty('service_worker');
  });

  it('names the add-on, its minimum versions and that it collects no data', () => {
    const { gecko, gecko_android } = firefoxManifest(manifest).browser_specific_settings;
    expect(gecko).toEqual({
      id: geckoId,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(gecko_android.strict_min_version).toBe('142.0');
  });

  it('drops the Chromium-only key and keeps every other key as it is', () => {
    const firefox = firefoxManifest(manifest);
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    const { background: _a, minimum_chrome_version: _b, permissions: _c, ...shared } = manifest;
    expect(firefox).toMatchObject(shared);
  });

  it('ships no web-accessible page and no test-only permission', () => {
    const firefox = firefoxManifest(manifest);
    expect(firefox).not.toHaveProperty('web_accessible_resources');
    expect(firefox.permissions).toEqual([...manifest.permissions, ...firefoxOnlyPermissions]);
  });

  it('lists pages and permissions only in a test build', () => {
    const firefox = firefoxManifest(manifest, testOnly);
    expect(firefox.web_accessible_resources).toEqual([
      { resources: testOnly.webAccessiblePages, matches: ['http://*/*', 'https://*/*'] },
    ]);
    expect(firefox.permissions).toEqual([...manifest.permissions, ...firefoxOnlyPermissions, 'x']);
    expect(manifest.permissions).not.toContain('x');
  });

  it.each([
    ['split', 'spanning'],
    ['spanning', 'spanning'],
    ['not_allowed', 'not_allowed'],
  ])('maps incognito "%s" to "%s"', (incognito, expected) => {
    expect(firefoxManifest({ ...manifest, incognito }).incognito).toBe(expected);
  });

  it('asks Firefox for container names, once, in the shipped and the test build', () => {
    expect(firefoxManifest(manifest).permissions).toEqual([
      ...manifest.permissions,
      'contextualIdentities',
    ]);
    const test = firefoxManifest(manifest, {
      webAccessiblePages: [],
      permissions: ['contextualIdentities', 'privacy'],
    });
    expect(test.permissions.filter((p) => p === 'contextualIdentities')).toHaveLength(1);
  });

  it('keeps the manifest.json incognito mode Firefox supports, and adds none of its own', () => {
    expect(firefoxManifest(manifest).incognito).toBe(manifest.incognito);
    const { incognito: _, ...without } = manifest;
    expect(firefoxManifest(without)).not.toHaveProperty('incognito');
  });
});

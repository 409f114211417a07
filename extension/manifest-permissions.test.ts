import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../manifest.json';

/**
 * Every permission the manifest asks for, why, and the call that needs it. A permission added
 * without a reason here fails, and so does one whose API the extension no longer calls.
 */
const permissions: Record<string, { why: string; usedAs: RegExp }> = {
  cookies: { why: 'read, write and watch cookies', usedAs: /browser\.cookies\./ },
  storage: {
    why: 'the undo journal in storage.session (memory only, never on disk); protect and block rules in storage.local',
    usedAs: /browser\.storage\.session/,
  },
  contextMenus: {
    why: 'the "All cookies (manager)…" item in the toolbar icon\'s menu',
    usedAs: /browser\.contextMenus\.create/,
  },
};

// Not asked for: `tabs`. The popup needs only the active tab's id (tabs.query gives ids to
// anyone), and host permission already shows the url of an http(s) tab (tabs.get, onUpdated);
// a chrome:// tab's url stays hidden, and such a page has no cookies to show either way.
const notNeeded = ['tabs', 'activeTab', 'webRequest', 'scripting', '<all_urls>'];

const hostPermissions: Record<string, string> = {
  'http://*/*': 'the cookies API returns and changes only the cookies of hosts it may access',
  'https://*/*': 'the same, for https sites',
};

function extensionSources(dir: string): string {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(
      (entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.'),
    )
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

describe('manifest.json permissions', () => {
  it('asks for exactly the permissions listed here with a reason', () => {
    expect([...manifest.permissions].sort()).toEqual(Object.keys(permissions).sort());
    expect([...manifest.host_permissions].sort()).toEqual(Object.keys(hostPermissions).sort());
    for (const name of notNeeded) expect(manifest.permissions).not.toContain(name);
  });

  it('asks for no permission whose API the extension does not call', () => {
    const code = extensionSources(join(import.meta.dirname));
    for (const [name, { usedAs }] of Object.entries(permissions))
      expect(usedAs.test(code), `${name}: ${usedAs}`).toBe(true);
  });
});

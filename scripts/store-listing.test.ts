import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import manifest from '../manifest.json';

// The store texts in store/<language>/description.md: within the stores' limits, and honest
// about permissions (every permission the manifest asks for is named and explained).

const storeDir = fileURLToPath(new URL('../store/', import.meta.url));
const languages = readdirSync(storeDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** The two `## ` sections of a description.md, as the one-line text pasted into a store form. */
function listing(language: string) {
  const text = readFileSync(`${storeDir}${language}/description.md`, 'utf8');
  const sections = text.split(/^## .*$/m).slice(1);
  expect(sections, `${language}: two "## " sections`).toHaveLength(2);
  const [short = '', full = ''] = sections;
  return { short: short.trim().split(/\s+/).join(' '), full: full.trim() };
}

describe('the store listing', () => {
  it('has English and German', () => {
    expect(languages).toEqual(['de', 'en']);
  });

  it.each(languages)('%s: the short description fits Chrome’s 132 characters', (language) => {
    const { short } = listing(language);
    expect(short.length).toBeGreaterThan(40);
    expect(short.length).toBeLessThanOrEqual(132);
  });

  it.each(languages)(
    '%s: the browser shows the same summary and a name within its limits',
    (language) => {
      const messages = JSON.parse(
        readFileSync(
          new URL(`../public/_locales/${language}/messages.json`, import.meta.url),
          'utf8',
        ),
      ) as Record<string, { message: string }>;
      expect(messages.extDescription?.message).toBe(listing(language).short);
      // Chrome's limits for name and short_name.
      expect(messages.extName?.message.length).toBeLessThanOrEqual(75);
      expect(messages.extShortName?.message.length).toBeLessThanOrEqual(12);
    },
  );

  it.each(languages)('%s: the full description fits and names every permission', (language) => {
    const { full } = listing(language);
    expect(full.length).toBeLessThanOrEqual(16_000);
    for (const permission of manifest.permissions)
      expect(full, permission).toMatch(new RegExp(`^- ${permission}: `, 'm'));
    // Host access, asked for as http://*/* and https://*/*.
    expect(manifest.host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(full).toMatch(/^- .*http.*https/m);
  });
});

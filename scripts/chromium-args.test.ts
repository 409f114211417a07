import { describe, expect, it } from 'vitest';
import { chromiumArgs } from './chromium-args.mjs';

describe('chromiumArgs', () => {
  it('loads the extension, in tests and for a person alike', () => {
    for (const automated of [true, false]) {
      const args = chromiumArgs({ extensionDir: '/x/dist', automated });
      expect(args).toContain('--disable-extensions-except=/x/dist');
      expect(args).toContain('--load-extension=/x/dist');
    }
  });

  it('maps the *.test hosts, closes the network and accepts the local certificates only when automated', () => {
    const automated = chromiumArgs({ extensionDir: '/x', automated: true });
    expect(automated.some((a) => a.startsWith('--host-resolver-rules=MAP *.test 127.0.0.1'))).toBe(
      true,
    );
    expect(automated).toEqual(
      expect.arrayContaining(['--disable-background-networking', '--ignore-certificate-errors']),
    );
  });

  it("gives npm start's browser no flag Chromium warns about in a bar over the page", () => {
    // Chromium's kBadFlags (chrome/browser/ui/startup/bad_flags_prompt.cc) that this repo has
    // used; --no-sandbox is left out because root cannot start Chromium without it.
    const warned = [
      '--host-resolver-rules',
      '--host-rules',
      '--ignore-certificate-errors',
      '--ignore-certificate-errors-spki-list',
      '--disable-web-security',
    ];
    const person = chromiumArgs({ extensionDir: '/x' });
    for (const flag of warned) {
      expect(person.filter((arg) => arg.split('=')[0] === flag)).toEqual([]);
    }
    expect(person).not.toContain('--remote-debugging-port=0');
  });
});

import { describe, expect, it } from 'vitest';
import { chromiumArgs } from './chromium-args.mjs';

describe('chromiumArgs', () => {
  it('loads the extension and maps the *.test hosts, in tests and for a person alike', () => {
    for (const automated of [true, false]) {
      const args = chromiumArgs({ extensionDir: '/x/dist', automated });
      expect(args).toContain('--disable-extensions-except=/x/dist');
      expect(args).toContain('--load-extension=/x/dist');
      expect(args.some((a) => a.startsWith('--host-resolver-rules=MAP *.test 127.0.0.1'))).toBe(
        true,
      );
    }
  });

  it('closes the network and accepts the local certificates only when automated', () => {
    const automated = chromiumArgs({ extensionDir: '/x', automated: true });
    expect(automated).toEqual(
      expect.arrayContaining(['--disable-background-networking', '--ignore-certificate-errors']),
    );
    const person = chromiumArgs({ extensionDir: '/x', spkiHash: 'abc=' });
    expect(person).toContain('--ignore-certificate-errors-spki-list=abc=');
    expect(person).not.toContain('--ignore-certificate-errors');
    expect(person).not.toContain('--remote-debugging-port=0');
  });
});

import { execFile, execFileSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topLevelVisit } from '../cookies/page-context';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import { exportCurlCommand } from './curl-command';

// Runs the exported command with the real curl against a local server: the only way to know
// curl does what the command says. `npm test` installs curl where it is missing
// (scripts/ensure-curl.mjs); without one this test fails rather than pass untested.
const curlVersion = (() => {
  try {
    return execFileSync('curl', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  } catch {
    return undefined;
  }
})();

let server: http.Server;
let origin: string;
const received: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    received.push(req.headers.cookie ?? '');
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const visit = (url: string) => topLevelVisit(url, '127.0.0.1', Date.now());

/** Runs the command as a user pasting it would (sh, not an argument array). */
async function run(command: string): Promise<string> {
  if (!curlVersion) throw new Error('curl is not installed: install it (apt-get install curl).');
  received.length = 0;
  await promisify(execFile)('sh', ['-c', `${command} --silent --show-error --max-time 10`]);
  expect(received).toHaveLength(1);
  return received[0] ?? '';
}

describe(`the curl export run by ${curlVersion ?? 'curl (missing)'}`, () => {
  it('sends every cookie, past curl’s 4,096-byte limit on -b (10 KB here)', async () => {
    const cookies = Array.from({ length: 40 }, (_, i) =>
      testCookie({ name: `c${i}`, value: `${i}-${'v'.repeat(250)}`, domain: '127.0.0.1' }),
    );
    const header = await run(exportCurlCommand(cookies, visit(`${origin}/echo`)));
    expect(header.length).toBeGreaterThan(10_000);
    expect(header).toBe(cookies.map((c) => `${c.name}=${c.value}`).join('; '));
  });

  it('sends a small header and a hostile value byte for byte', async () => {
    const cookies = [
      testCookie({ name: 'a', value: "x' && echo pwned && '", domain: '127.0.0.1' }),
      testCookie({ name: 'b', value: '"$HOME`id`\\', domain: '127.0.0.1' }),
    ];
    const header = await run(exportCurlCommand(cookies, visit(`${origin}/`)));
    expect(header).toBe(`a=x' && echo pwned && '; b="$HOME\`id\`\\`);
  });
});

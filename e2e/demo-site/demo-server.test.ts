import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOptionsFromEnv, resolveDemoConfig } from './demo-options';
import {
  flowSetCookies,
  request,
  startTestSite,
  type TestSite,
  textById,
} from './demo-test-client';

describe('startDemoSite', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startTestSite();
  });
  afterAll(() => site.dispose());

  it('serves the same site over http and https on the ports it picked', async () => {
    expect(site.httpUrl).toMatch(/^http:\/\/localhost:\d+\/$/);
    expect(site.httpsUrl).toMatch(/^https:\/\/localhost:\d+\/$/);
    const plain = await request(site.httpUrl);
    const secure = await request(site.httpsUrl);
    expect(plain.status).toBe(200);
    expect(secure.status).toBe(200);
    expect(textById(plain.body, 'request-scheme')).toBe('http');
    expect(textById(secure.body, 'request-scheme')).toBe('https');
  });

  it('links every flow from the index with relative links only', async () => {
    const { body } = await request(site.httpUrl);
    const links = [...body.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    for (const flow of [
      '/cookies/',
      '/visits/',
      '/login/',
      '/test-cookie/',
      '/sessions/',
      '/signed/',
      '/limits/',
    ]) {
      expect(links).toContain(flow);
    }
    expect(body).not.toMatch(/href="https?:/);
    expect(textById(body, 'config-session-store')).toBe('sqlite');
  });

  it('sets a cookie on the home page so the first popup has one, and says how to pin the icon', async () => {
    const first = await request(site.httpUrl);
    expect(flowSetCookies(first).map((cookie) => cookie.raw)).toEqual(['welcome=hello; Path=/']);
    expect(textById(first.body, 'pin-extension')).toMatch(
      /Extensions.*pin beside Cookie Workbench/,
    );
    // Once the browser has it, the home page leaves it alone.
    const again = await request(site.httpUrl, { cookies: { welcome: 'hello' } });
    expect(flowSetCookies(again)).toEqual([]);
  });

  it('says, in one sentence, where a page keeps an Express behaviour on purpose', async () => {
    for (const page of ['cookies/', 'sessions/', 'signed/']) {
      const sentence = textById((await request(`${site.httpUrl}${page}`)).body, 'express-specific');
      expect(sentence, page).toMatch(/^Express-specific on purpose: [^.]*(\.[^.\s][^.]*)*\.$/);
      expect(sentence, page).toContain('Django');
    }
  });

  it('answers under any host name (the e2e tests use a.test)', async () => {
    const response = await request(site.httpUrl, { headers: { host: 'a.test' } });
    expect(response.status).toBe(200);
    expect(response.body).toContain('<code>a.test</code>');
  });

  it('gives unknown paths a 404 page and oversized forms a 413 page, and keeps serving', async () => {
    const missing = await request(`${site.httpUrl}nowhere/<x>`);
    expect(missing.status).toBe(404);
    expect(missing.body).not.toContain('<x>');
    const huge = await request(`${site.httpUrl}cookies/set`, {
      csrf: true,
      form: { name: 'a', value: 'x'.repeat(70_000) },
    });
    expect(huge.status).toBe(413);
    expect((await request(site.httpUrl)).status).toBe(200);
  });

  it('closes both servers, and close() can be called twice', async () => {
    const other = await startTestSite({ sessionStore: 'memory' });
    await Promise.all([other.close(), other.close()]);
    await expect(request(other.httpUrl)).rejects.toThrow();
    await expect(request(other.httpsUrl)).rejects.toThrow();
    await other.dispose();
  });

  it('refuses a port that is taken, and releases what it opened', async () => {
    const port = Number(new URL(site.httpUrl).port);
    await expect(startTestSite({ httpPort: port, sessionStore: 'memory' })).rejects.toThrow(
      /EADDRINUSE/,
    );
  });
});

describe('configuration', () => {
  it('has the documented defaults', () => {
    const config = resolveDemoConfig();
    expect(config).toMatchObject({
      httpPort: 8080,
      httpsPort: 8443,
      host: '127.0.0.1',
      sessionStore: 'sqlite',
      visitIntervalSeconds: 86400,
      loginSeconds: 10,
      sessionExpireAtBrowserClose: false,
      sessionCookieAgeSeconds: 1209600,
    });
    expect(config.dataDir).toBe(
      path.resolve(fileURLToPath(import.meta.url), '../../../.demo-data'),
    );
  });

  it('reads the DEMO_* environment variables', () => {
    expect(
      demoOptionsFromEnv({
        DEMO_HTTP_PORT: '0',
        DEMO_HTTPS_PORT: '9443',
        DEMO_SESSION_STORE: 'file',
        DEMO_DATA_DIR: '/tmp/x',
        DEMO_VISIT_INTERVAL_SECONDS: '5',
        DEMO_LOGIN_SECONDS: '2.5',
        DEMO_SESSION_EXPIRE_AT_BROWSER_CLOSE: 'true',
        DEMO_SESSION_COOKIE_AGE_SECONDS: '60',
      }),
    ).toEqual({
      httpPort: 0,
      httpsPort: 9443,
      sessionStore: 'file',
      dataDir: '/tmp/x',
      visitIntervalSeconds: 5,
      loginSeconds: 2.5,
      sessionExpireAtBrowserClose: true,
      sessionCookieAgeSeconds: 60,
    });
    expect(demoOptionsFromEnv({})).toEqual({ httpPort: 8080, httpsPort: 8443 });
  });

  it('rejects bad settings with a message naming the variable', () => {
    expect(() => demoOptionsFromEnv({ DEMO_SESSION_STORE: 'redis' })).toThrow(/DEMO_SESSION_STORE/);
    expect(() => demoOptionsFromEnv({ DEMO_HTTP_PORT: 'eighty' })).toThrow(/DEMO_HTTP_PORT/);
    expect(() => resolveDemoConfig({ httpPort: 70000 })).toThrow(/httpPort/);
    expect(() => resolveDemoConfig({ loginSeconds: 0 })).toThrow(/loginSeconds/);
  });
});

describe('npm run demo entry (main.ts)', () => {
  it('prints both URLs on one line and exits cleanly on SIGTERM', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'demo-main-'));
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', main], {
      env: {
        ...process.env,
        DEMO_HTTP_PORT: '0',
        DEMO_HTTPS_PORT: '0',
        DEMO_DATA_DIR: dataDir,
        DEMO_SESSION_STORE: 'memory',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /^Demo site: .*$/m.exec(out);
          if (match) resolve(match[0]);
        });
        child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
      });
      expect(line).toMatch(/^Demo site: http:\/\/localhost:\d+\/ and https:\/\/localhost:\d+\/$/);
      const httpUrl = /(http:\/\/\S+)/.exec(line)?.[1] ?? '';
      expect((await request(httpUrl)).status).toBe(200);
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 15_000);
});

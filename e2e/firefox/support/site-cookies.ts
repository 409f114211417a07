import type { Page } from 'puppeteer-core';
import type { CookieTestServer, EchoResponse } from '../../support/cookie-test-server';

/** Has the test server set these cookies (raw Set-Cookie strings) on `host`, through `page`. */
export async function setCookiesViaServer(
  page: Page,
  servers: CookieTestServer,
  host: string,
  setCookies: string[],
  opts: { https?: boolean; path?: string } = {},
): Promise<void> {
  const query = new URLSearchParams(setCookies.map((c) => ['c', c]));
  const response = await page.goto(servers.url(host, `${opts.path ?? ''}/set?${query}`, opts));
  if (response?.status() !== 200) throw new Error(`Setting cookies on ${host} failed`);
}

/** What the server receives on a fetch() from the page; the url must be of the page's origin. */
export async function cookiesServerReceives(
  page: Page,
  url: string,
): Promise<Array<[string, string]>> {
  const echo = await page.evaluate(async (target) => {
    const response = await fetch(target, { credentials: 'include', cache: 'no-store' });
    return (await response.json()) as EchoResponse;
  }, url);
  return echo.cookies;
}

import type { CookieTestServer, EchoResponse } from './cookie-test-server';

/**
 * The part of a page these helpers use: Playwright's Page and puppeteer-core's (the Firefox
 * specs) both have it, so one copy serves both browsers.
 */
export interface SitePage {
  goto(url: string): Promise<{ status(): number } | null>;
  evaluate(fn: (url: string) => Promise<EchoResponse>, url: string): Promise<EchoResponse>;
}

/** Has the test server set these cookies (raw Set-Cookie strings) on `host`, through `page`. */
export async function setCookiesViaServer(
  page: SitePage,
  servers: CookieTestServer,
  host: string,
  setCookies: string[],
  opts: { https?: boolean; path?: string } = {},
): Promise<void> {
  const query = new URLSearchParams(setCookies.map((c) => ['c', c]));
  const response = await page.goto(servers.url(host, `${opts.path ?? ''}/set?${query}`, opts));
  if (response?.status() !== 200) throw new Error(`Setting cookies on ${host} failed`);
}

/**
 * What the server receives on a request from the page, made with fetch() so an open popup over
 * the page stays open. The url must be of the page's own origin.
 */
export async function cookiesServerReceives(
  page: SitePage,
  url: string,
): Promise<Array<[string, string]>> {
  const echo = await page.evaluate(async (target) => {
    const response = await fetch(target, { credentials: 'include', cache: 'no-store' });
    return (await response.json()) as EchoResponse;
  }, url);
  return echo.cookies;
}

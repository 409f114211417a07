import type { Worker } from '@playwright/test';
import { runIn } from './in-page';

/**
 * The bench's cookies: `perSite` on each of `sites`, host-only on `http://<site>/`, half of them
 * session and half persistent, some HttpOnly. Names carry the site's label (`s042_c07`) so a
 * search for `s042` finds exactly one site's cookies by name and domain; values never contain
 * an `s`, so they do not match too.
 */
export interface BenchCookie {
  url: string;
  name: string;
  value: string;
  path: string;
  httpOnly: boolean;
  sameSite: 'lax';
  expirationDate?: number;
}

export function siteNames(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(3, '0')}.test`);
}

export function benchCookies(sites: string[], perSite: number): BenchCookie[] {
  const inADay = Math.floor(Date.now() / 1000) + 24 * 3600;
  return sites.flatMap((site) => {
    const label = site.replace(/\.test$/, '');
    return Array.from({ length: perSite }, (_, i) => {
      const cookie: BenchCookie = {
        url: `http://${site}/`,
        name: `${label}_c${String(i).padStart(2, '0')}`,
        value: `v${i}-abcdefghijklmnop-${(i * 7919) % 1000}`,
        path: '/',
        httpOnly: i % 3 === 0,
        sameSite: 'lax',
      };
      if (i % 2 === 1) cookie.expirationDate = inADay + i;
      return cookie;
    });
  });
}

/** Writes the cookies from the service worker, all requests in flight at once; returns how many took. */
export function setCookies(worker: Worker, cookies: BenchCookie[]): Promise<number> {
  return runIn(
    worker,
    async (list) => {
      const stored = await Promise.all(list.map((c) => chrome.cookies.set(c).catch(() => null)));
      return stored.filter(Boolean).length;
    },
    cookies,
  );
}

/** Removes every cookie of the profile (partitioned ones included); returns how many there were. */
export function clearAllCookies(worker: Worker): Promise<number> {
  return runIn(
    worker,
    async () => {
      const all = await chrome.cookies.getAll({ partitionKey: {} });
      await Promise.all(
        all.map((c) =>
          chrome.cookies.remove({
            url: `http${c.secure ? 's' : ''}://${c.domain.replace(/^\./, '')}${c.path}`,
            name: c.name,
            storeId: c.storeId,
            ...(c.partitionKey ? { partitionKey: c.partitionKey } : {}),
          }),
        ),
      );
      return all.length;
    },
    undefined,
  );
}

export function countCookies(worker: Worker, domain?: string): Promise<number> {
  return runIn(
    worker,
    async (d) => (await chrome.cookies.getAll(d ? { domain: d } : {})).length,
    domain,
  );
}

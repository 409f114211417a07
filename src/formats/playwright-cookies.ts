import { isSessionCookie } from '../cookies/classify-lifetime';
import type { Cookie, SameSite } from '../cookies/cookie';

// Playwright's cookie shape, as `browserContext.addCookies()` takes it and `storageState` holds
// it (Puppeteer's `browser.setCookie()` takes the same fields). Playwright knows only three
// SameSite values: a cookie without the attribute becomes "Lax", which is what Chrome treats it
// as (pinned in e2e/sent-matches-server.spec.ts) and what Playwright itself reports for such a
// cookie. A domain with a leading dot is a domain cookie; without one Chromium's DevTools
// protocol makes a host-only cookie, so the split survives.

export interface PlaywrightCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  /** Seconds since the epoch; -1 for a session cookie. */
  expires: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'Strict' | 'Lax' | 'None';
  /** CHIPS: the top-level site of the partition. */
  partitionKey?: string;
  /** Playwright's Chromium-only field for the other half of the partition key. */
  _crHasCrossSiteAncestor?: boolean;
}

const playwrightSameSite: Record<SameSite, PlaywrightCookie['sameSite']> = {
  strict: 'Strict',
  lax: 'Lax',
  unspecified: 'Lax',
  no_restriction: 'None',
};

/** Expired cookies are left out: the browser no longer sends them, Playwright would drop them. */
export function playwrightCookies(cookies: readonly Cookie[], now: Date): PlaywrightCookie[] {
  const nowSeconds = now.getTime() / 1000;
  return cookies.flatMap((cookie) => {
    const session = isSessionCookie(cookie);
    if (!session && (cookie.expirationDate as number) <= nowSeconds) return [];
    const out: PlaywrightCookie = {
      name: cookie.name,
      value: cookie.value,
      domain: cookie.domain,
      path: cookie.path,
      expires: session ? -1 : (cookie.expirationDate as number),
      httpOnly: cookie.httpOnly,
      secure: cookie.secure,
      sameSite: playwrightSameSite[cookie.sameSite],
    };
    const partition = cookie.partitionKey;
    if (partition?.topLevelSite !== undefined) {
      out.partitionKey = partition.topLevelSite;
      // Playwright assumes a cross-site ancestor when this is missing.
      if (partition.hasCrossSiteAncestor !== undefined)
        out._crHasCrossSiteAncestor = partition.hasCrossSiteAncestor;
    }
    return [out];
  });
}

/** `browser.newContext({ storageState })`: cookies, and no origin storage (not read here). */
export function exportPlaywrightStorageState(cookies: readonly Cookie[], now: Date): string {
  return JSON.stringify({ cookies: playwrightCookies(cookies, now), origins: [] }, null, 2);
}

/** The argument of `context.addCookies()`. */
export function exportPlaywrightAddCookies(cookies: readonly Cookie[], now: Date): string {
  return JSON.stringify(playwrightCookies(cookies, now), null, 2);
}

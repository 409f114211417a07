import { siteOfHost } from '../../src/cookies/cookie-site';
import type { SiteDescription } from '../../src/protocol/cookie-protocol';
import { browser } from '../platform';

/** The origin and site of an http(s) url; undefined for any other page (no cookies to show). */
export function siteOfUrl(url: string): { origin: string; site: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return { origin: parsed.origin, site: siteOfHost(parsed.hostname) };
}

/**
 * Whether the cookies API will read this origin's cookies: without host permission it silently
 * returns none (the user can restrict site access in chrome://extensions).
 */
export function mayReadOrigin(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [`${origin}/*`] });
}

/** The site of each frame url, and whether the extension may read that site's cookies. */
export async function describeSites(urls: string[]): Promise<SiteDescription[]> {
  return Promise.all(
    urls.map(async (url): Promise<SiteDescription> => {
      const target = siteOfUrl(url);
      if (!target) return { url, site: '', access: 'unsupported-page' };
      const granted = await mayReadOrigin(target.origin);
      return { url, site: target.site, access: granted ? 'ok' : 'no-host-permission' };
    }),
  );
}

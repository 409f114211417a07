import { siteOfHost } from '../../src/cookies/cookie-site';
import type { SiteDescription } from '../../src/protocol/cookie-protocol';
import { browser } from '../platform';

/** The site of each frame url, and whether the extension may read that site's cookies. */
export async function describeSites(urls: string[]): Promise<SiteDescription[]> {
  return Promise.all(
    urls.map(async (url): Promise<SiteDescription> => {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return { url, site: '', access: 'unsupported-page' };
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        return { url, site: '', access: 'unsupported-page' };
      }
      const granted = await browser.permissions.contains({ origins: [`${parsed.origin}/*`] });
      return {
        url,
        site: siteOfHost(parsed.hostname),
        access: granted ? 'ok' : 'no-host-permission',
      };
    }),
  );
}

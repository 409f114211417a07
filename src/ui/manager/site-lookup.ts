import type { SiteDescription } from '../../protocol/cookie-protocol';
import { approximateSite } from './approximate-site';

export interface SiteLookup {
  /** Asks for the sites of the hosts not known yet; resolves true when it learned any. */
  learn(hosts: Iterable<string>): Promise<boolean>;
  /** The host's site: the background's answer, or the two-label approximation until then. */
  siteOf(host: string): string;
}

// The background refuses describeSites requests of more than 500 urls.
const batchSize = 500;

const urlOfHost = (host: string) => `https://${host.includes(':') ? `[${host}]` : host}/`;

/**
 * Registrable domains come from the background (`describeSites`), which holds the public suffix
 * list, so `shop.example.co.uk` groups under `example.co.uk` and the page never loads the list.
 * Each host is asked once per page; if the background cannot answer, the approximation stands.
 */
export function createSiteLookup(
  describeSites: (urls: string[]) => Promise<SiteDescription[]>,
): SiteLookup {
  const known = new Map<string, string>();
  return {
    async learn(hosts) {
      const unknown = [...new Set(hosts)].filter((host) => !known.has(host));
      let learned = false;
      for (let i = 0; i < unknown.length; i += batchSize) {
        const batch = unknown.slice(i, i + batchSize);
        let answers: SiteDescription[];
        try {
          answers = await describeSites(batch.map(urlOfHost));
        } catch {
          continue;
        }
        batch.forEach((host, index) => {
          known.set(host, answers[index]?.site || approximateSite(host));
        });
        learned = true;
      }
      return learned;
    },
    siteOf(host) {
      return known.get(host) ?? approximateSite(host);
    },
  };
}

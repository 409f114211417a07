import { useEffect, useState } from 'preact/hooks';
import type { DescribedTab, SiteDescription } from '../../protocol/cookie-protocol';
import { errorText } from '../../text/error-text';
import type { CookieConnector } from '../cookie-connector';
import type { InspectedPage, InspectedPageState } from './inspected-page';

export interface FrameSite {
  site: string;
  /** The first frame url of this site: new cookies default to its host. */
  url: string;
  isTopSite: boolean;
  access: SiteDescription['access'];
}

export interface FrameSites {
  tab: DescribedTab | undefined;
  sites: FrameSite[];
  error: string | undefined;
}

/** The sites of the inspected page's frames, top page first, following navigations. */
export function useFrameSites(connector: CookieConnector, inspected: InspectedPage): FrameSites {
  const [state, setState] = useState<InspectedPageState>();
  const [tab, setTab] = useState<DescribedTab>();
  const [sites, setSites] = useState<FrameSite[]>([]);
  const [error, setError] = useState<string>();

  useEffect(() => inspected.watch(setState), [inspected]);

  useEffect(() => {
    if (!state) return;
    let current = true;
    (async () => {
      const [description, { sites: described }] = await Promise.all([
        // The top site's cookies, the protection rules and recovery notices in the same answer,
        // as the popup asks: the panel's first render needs no further round for them.
        connector.client.describeTab({
          tabId: inspected.tabId,
          includeCookies: true,
          includeProtection: true,
          includeNotices: true,
        }),
        connector.client.describeSites({ urls: [state.url, ...state.frameUrls] }),
      ]);
      if (!current) return;
      const topSite = described[0]?.site ?? description.site;
      const bySite = new Map<string, FrameSite>();
      for (const entry of described) {
        if (!entry.site || bySite.has(entry.site)) continue;
        bySite.set(entry.site, {
          site: entry.site,
          url: entry.url,
          isTopSite: entry.site === topSite,
          access: entry.access,
        });
      }
      setTab(description);
      setSites(
        [...bySite.values()].sort(
          (a, b) => Number(b.isTopSite) - Number(a.isTopSite) || a.site.localeCompare(b.site),
        ),
      );
      setError(undefined);
    })().catch((e: unknown) => current && setError(errorText(e)));
    return () => {
      current = false;
    };
  }, [connector, inspected, state]);

  return { tab, sites, error };
}

import { useEffect, useRef, useState } from 'preact/hooks';
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

/** What the panel asks of the tab: its top site's cookies, the protection rules and notices. */
export function describeInspectedTab(
  connector: CookieConnector,
  tabId: number,
): Promise<DescribedTab> {
  // The same answer the popup gets: the first render needs no further round for them.
  return connector.client.describeTab({
    tabId,
    includeCookies: true,
    includeProtection: true,
    includeNotices: true,
  });
}

const topSiteOf = (tab: DescribedTab): FrameSite[] =>
  tab.site ? [{ site: tab.site, url: tab.url, isTopSite: true, access: tab.access }] : [];

/**
 * The sites of the inspected page's frames, top page first, following navigations.
 * `firstAnswer`: the tab's description, asked for before the first render (panel.tsx): the top
 * site's section shows from it alone, and the frames' sections join when they are known.
 */
export function useFrameSites(
  connector: CookieConnector,
  inspected: InspectedPage,
  firstAnswer?: Promise<DescribedTab>,
): FrameSites {
  const [state, setState] = useState<InspectedPageState>();
  const [tab, setTab] = useState<DescribedTab>();
  const [sites, setSites] = useState<FrameSite[]>([]);
  const [error, setError] = useState<string>();
  const unused = useRef(firstAnswer);

  useEffect(() => inspected.watch(setState), [inspected]);

  useEffect(() => {
    if (!firstAnswer) return;
    let current = true;
    firstAnswer.then(
      (description) => {
        if (!current) return;
        // Unless the frames' answer came first (it includes the top site).
        setTab((shown) => shown ?? description);
        setSites((shown) => (shown.length > 0 ? shown : topSiteOf(description)));
      },
      // Reported by the effect below, which waits for the same answer.
      () => {},
    );
    return () => {
      current = false;
    };
  }, [firstAnswer]);

  useEffect(() => {
    if (!state) return;
    let current = true;
    // The first state uses the answer already asked for; later ones (a navigation) ask again.
    const asked = unused.current ?? describeInspectedTab(connector, inspected.tabId);
    unused.current = undefined;
    (async () => {
      const [description, { sites: described }] = await Promise.all([
        asked,
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

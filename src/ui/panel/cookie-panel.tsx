import { useState } from 'preact/hooks';
import { schemefulSite } from '../../cookies/page-context';
import { t } from '../../i18n/t';
import type { DescribedTab } from '../../protocol/cookie-protocol';
import { accessText } from '../access-text';
import type { CookieConnector } from '../cookie-connector';
import { FilterInput } from '../filter-input';
import { RecoveryNotices } from '../recovery-notices';
import { useCookieSearch } from '../search/use-cookie-search';
import { SiteSection } from '../site-section';
import { StatusMessage } from '../status-message';
import { StoreBadge } from '../store-badge';
import type { InspectedPage } from './inspected-page';
import { TimelineView } from './timeline-view';
import { useFrameSites } from './use-frame-sites';
import { useTimeline } from './use-timeline';

/**
 * The DevTools panel: the inspected page's cookies grouped by the sites of its frames (the same
 * sections as the popup), and a timeline of every change with what caused it.
 */
export function CookiePanel({
  connector,
  inspected,
  described,
}: {
  connector: CookieConnector;
  inspected: InspectedPage;
  /** The tab's description, asked for before the first render (describeInspectedTab). */
  described?: Promise<DescribedTab>;
}) {
  const { tab, sites, error } = useFrameSites(connector, inspected, described);
  const readable = sites.filter((s) => s.access === 'ok');
  const timeline = useTimeline(
    connector,
    inspected,
    readable.map((s) => s.site),
    tab?.storeId,
  );
  const [query, setQuery] = useState('');
  const search = useCookieSearch(query, true);

  if (error) return <StatusMessage text={t('panel_cannotReadPage', error)} />;
  if (!tab) return <StatusMessage text={t('ui_loading')} />;
  const top = sites.find((s) => s.isTopSite);
  if (top?.access !== 'ok') {
    // No top site: the page's address is not http(s), or the browser hid it (tab.access says).
    const access = top?.access ?? (tab.access === 'ok' ? 'unsupported-page' : tab.access);
    return <StatusMessage text={accessText(access)} />;
  }
  const topLevelSite = schemefulSite(top.url, top.site);
  return (
    <main class="app panel-layout">
      <div class="panel-cookies">
        <p class="inspected-url" data-testid="inspected-url">
          {tab.url}
        </p>
        {tab.store.kind !== 'default' && (
          <p class="tab-store" data-testid="tab-store">
            <StoreBadge store={tab.store} />
          </p>
        )}
        <FilterInput query={query} onQuery={setQuery} search={search} />
        <RecoveryNotices
          connector={connector}
          {...(tab.notices ? { initialNotices: tab.notices } : {})}
        />
        {sites.map((frame) =>
          frame.access === 'ok' ? (
            <SiteSection
              key={frame.site}
              connector={connector}
              site={frame.site}
              storeId={tab.storeId}
              pageUrl={frame.url}
              topLevelSite={topLevelSite}
              search={search}
              label={frame.isTopSite ? t('panel_topPage') : t('panel_frame', frame.url)}
              // The tab's answer carried its site's cookies (read for the tab's own store).
              {...(tab.cookies && frame.site === tab.site ? { initialCookies: tab.cookies } : {})}
              {...(tab.protection ? { initialProtection: tab.protection } : {})}
            />
          ) : (
            <p key={frame.site} class="status-message">
              {t('panel_siteAccess', frame.site, accessText(frame.access))}
            </p>
          ),
        )}
      </div>
      <TimelineView
        entries={timeline.entries}
        onClear={timeline.clear}
        requestCount={inspected.canAttribute ? timeline.requestCount : undefined}
      />
    </main>
  );
}

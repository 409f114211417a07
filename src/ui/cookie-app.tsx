import { useEffect, useState } from 'preact/hooks';
import { schemefulSite } from '../cookies/page-context';
import { t } from '../i18n/t';
import type { DescribedTab } from '../protocol/cookie-protocol';
import { errorText } from '../text/error-text';
import { accessText } from './access-text';
import type { CookieConnector } from './cookie-connector';
import { FilterInput } from './filter-input';
import { RecoveryNotices } from './recovery-notices';
import { useCookieSearch } from './search/use-cookie-search';
import { SiteSection } from './site-section';
import { StatusMessage } from './status-message';
import { StoreBadge } from './store-badge';

export interface CookieAppProps {
  connector: CookieConnector;
  /**
   * The tab with its site's cookies (and protection rules and notices, when asked for), asked
   * for by the caller before the first render: the request is under way while the page renders
   * "Loading…" (an effect would only send it after the first frame).
   */
  described: Promise<DescribedTab>;
  /** Opens the manager page (every cookie of every site). */
  onOpenManager?: () => void;
}

export function CookieApp({ connector, described, onOpenManager }: CookieAppProps) {
  const [tab, setTab] = useState<DescribedTab>();
  const [tabError, setTabError] = useState<string>();
  useEffect(() => {
    let current = true;
    described.then(
      (described) => {
        // A long list's virtualiser is fetched once its first screen of rows is shown
        // (CookieList): nothing the rows need waits for it, not even its download.
        if (current) setTab(described);
      },
      (e: unknown) => {
        if (current) setTabError(t('ui_cannotReadTab', errorText(e)));
      },
    );
    return () => {
      current = false;
    };
  }, [described]);

  if (tabError) return <StatusMessage text={tabError} />;
  if (!tab) return <StatusMessage text={t('ui_loading')} />;
  if (tab.access !== 'ok') return <StatusMessage text={accessText(tab.access)} />;
  return <SiteCookies connector={connector} tab={tab} onOpenManager={onOpenManager} />;
}

function SiteCookies({
  connector,
  tab,
  onOpenManager,
}: {
  connector: CookieConnector;
  tab: DescribedTab;
  onOpenManager: (() => void) | undefined;
}) {
  const [query, setQuery] = useState('');
  const search = useCookieSearch(query, true);
  return (
    <main class="app">
      <div class="toolbar">
        <FilterInput query={query} onQuery={setQuery} search={search} />
        {onOpenManager && (
          <button
            type="button"
            data-testid="open-manager"
            onClick={onOpenManager}
            title={t('ui_openManagerTitle')}
          >
            {t('ui_openManager')}
          </button>
        )}
      </div>
      {tab.store.kind !== 'default' && (
        <p class="tab-store" data-testid="tab-store">
          <StoreBadge store={tab.store} />
        </p>
      )}
      <RecoveryNotices
        connector={connector}
        {...(tab.notices ? { initialNotices: tab.notices } : {})}
      />
      <SiteSection
        connector={connector}
        site={tab.site}
        storeId={tab.storeId}
        pageUrl={tab.url}
        topLevelSite={schemefulSite(tab.url, tab.site)}
        search={search}
        {...(tab.cookies ? { initialCookies: tab.cookies } : {})}
        {...(tab.protection ? { initialProtection: tab.protection } : {})}
      />
    </main>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { Cookie } from '../cookies/cookie';
import { schemefulSite } from '../cookies/page-context';
import type { TabAccess, TabDescription } from '../protocol/cookie-protocol';
import type { CookieConnector } from './cookie-connector';
import { prepareCookieList } from './cookie-list';
import { FilterInput } from './filter-input';
import { RecoveryNotices } from './recovery-notices';
import { SiteSection } from './site-section';

export const accessText: Record<Exclude<TabAccess, 'ok'>, string> = {
  'unsupported-page':
    'This page has no cookies the extension can show: browser pages (chrome://, about:, the Web Store) and local files keep none. Open a website and try again.',
  'no-host-permission':
    'The extension is not allowed to read this site. In chrome://extensions, open Cookie Workbench → Details → Site access and allow it on this site or on all sites.',
};

export type DescribedTab = TabDescription & { cookies?: Cookie[] };

export interface CookieAppProps {
  connector: CookieConnector;
  /**
   * The tab with its site's cookies, asked for by the caller before the first render: the
   * request is under way while the page renders "Loading…" (an effect would only send it after
   * the first frame).
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
      async (t) => {
        // A long list's code is fetched before the first render (see prepareCookieList).
        await prepareCookieList(t.cookies?.length ?? 0);
        if (current) setTab(t);
      },
      (e: unknown) => {
        if (current)
          setTabError(`Cannot read the current tab: ${e instanceof Error ? e.message : String(e)}`);
      },
    );
    return () => {
      current = false;
    };
  }, [described]);

  if (tabError) return <Message text={tabError} />;
  if (!tab) return <Message text="Loading…" />;
  if (tab.access !== 'ok') return <Message text={accessText[tab.access]} />;
  return <SiteCookies connector={connector} tab={tab} onOpenManager={onOpenManager} />;
}

export function Message({ text }: { text: string }) {
  return (
    <main class="app">
      <p class="status-message" data-testid="status-message" role="status">
        {text}
      </p>
    </main>
  );
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
  return (
    <main class="app">
      <div class="toolbar">
        <FilterInput query={query} onQuery={setQuery} />
        {onOpenManager && (
          <button
            type="button"
            data-testid="open-manager"
            onClick={onOpenManager}
            title="Every cookie of every site: search, export, import, history"
          >
            All cookies…
          </button>
        )}
      </div>
      <RecoveryNotices connector={connector} />
      <SiteSection
        connector={connector}
        site={tab.site}
        storeId={tab.storeId}
        pageUrl={tab.url}
        topLevelSite={schemefulSite(tab.url, tab.site)}
        query={query}
        {...(tab.cookies ? { initialCookies: tab.cookies } : {})}
      />
    </main>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { TabAccess, TabDescription } from '../protocol/cookie-protocol';
import type { CookieConnector } from './cookie-connector';
import { FilterInput } from './filter-input';
import { SiteSection } from './site-section';

export const accessText: Record<Exclude<TabAccess, 'ok'>, string> = {
  'unsupported-page':
    'This page has no cookies the extension can show: browser pages (chrome://, about:, the Web Store) and local files keep none. Open a website and try again.',
  'no-host-permission':
    'The extension is not allowed to read this site. In chrome://extensions, open Cookie Workbench → Details → Site access and allow it on this site or on all sites.',
};

export function CookieApp({ connector, tabId }: { connector: CookieConnector; tabId: number }) {
  const [tab, setTab] = useState<TabDescription>();
  const [tabError, setTabError] = useState<string>();
  useEffect(() => {
    connector.client
      .describeTab({ tabId })
      .then(setTab, (e: unknown) =>
        setTabError(`Cannot read the current tab: ${e instanceof Error ? e.message : String(e)}`),
      );
  }, [connector, tabId]);

  if (tabError) return <Message text={tabError} />;
  if (!tab) return <Message text="Loading…" />;
  if (tab.access !== 'ok') return <Message text={accessText[tab.access]} />;
  return <SiteCookies connector={connector} tab={tab} />;
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

function SiteCookies({ connector, tab }: { connector: CookieConnector; tab: TabDescription }) {
  const [query, setQuery] = useState('');
  return (
    <main class="app">
      <FilterInput query={query} onQuery={setQuery} />
      <SiteSection
        connector={connector}
        site={tab.site}
        storeId={tab.storeId}
        pageUrl={tab.url}
        query={query}
      />
    </main>
  );
}

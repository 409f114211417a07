import { render } from 'preact';
import { localizePage } from '../../src/i18n/localize-page';
import { t } from '../../src/i18n/t';
import { CookiePanel } from '../../src/ui/panel/cookie-panel';
import { createExtensionConnector } from '../connector/extension-connector';
import { chromeDevtools } from '../page-api';
import { followDevToolsTheme } from './devtools-theme';
import { inspectedPageSource } from './inspected-page-source';

// In DevTools the inspected tab is given; opened as a normal tab (tests, or a detached window)
// the panel takes it from `?tabId=`.
function inspectedTabId(): number | undefined {
  const devtools = chromeDevtools();
  if (devtools) return devtools.inspectedWindow.tabId;
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  return Number.isInteger(fromQuery) && fromQuery > 0 ? fromQuery : undefined;
}

localizePage(t('panel_pageTitle'));
followDevToolsTheme();
const root = document.getElementById('app');
const tabId = inspectedTabId();
if (root) {
  if (tabId === undefined) root.textContent = t('panel_noTab');
  else
    render(
      <CookiePanel connector={createExtensionConnector()} inspected={inspectedPageSource(tabId)} />,
      root,
    );
}

import { render } from 'preact';
import { localizePage } from '../../src/i18n/localize-page';
import { t } from '../../src/i18n/t';
import { CookiePanel } from '../../src/ui/panel/cookie-panel';
import { describeInspectedTab } from '../../src/ui/panel/use-frame-sites';
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
  else {
    const connector = createExtensionConnector();
    // Asked before the first render, as the popup does: the request is under way while the
    // page renders "Loading…", and the frames are read meanwhile (inspectedPageSource).
    const described = describeInspectedTab(connector, tabId);
    render(
      <CookiePanel
        connector={connector}
        inspected={inspectedPageSource(tabId)}
        described={described}
      />,
      root,
    );
  }
}

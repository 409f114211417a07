import { render } from 'preact';
import { localizePage } from '../../src/i18n/localize-page';
import { t } from '../../src/i18n/t';
import { CookieApp } from '../../src/ui/cookie-app';
import { createExtensionConnector } from '../connector/extension-connector';
import { browser } from '../page-api';

// The popup shows the active tab; opened as a normal tab (tests, or a pinned workbench) it
// takes the tab to inspect from `?tabId=`, since the active tab is then the popup itself.
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

// The toolbar popup sizes itself to its page (at most 800x600): give it a width. Opened as a tab
// (or in a narrow window) the page follows the window's width instead.
if (!new URLSearchParams(location.search).has('tabId')) document.body.classList.add('popup-window');

localizePage(t('popup_pageTitle'));

const root = document.getElementById('app');
if (root) {
  void targetTabId().then((tabId) => {
    if (tabId === undefined) {
      root.textContent = t('popup_noTab');
      return;
    }
    const openManager = () => {
      void browser.tabs.create({ url: browser.runtime.getURL('extension/manager/manager.html') });
      window.close();
    };
    const connector = createExtensionConnector();
    // One round trip for all the first render shows: the tab, its cookies, the rows' protection
    // marks and any recovery notice.
    const described = connector.client.describeTab({
      tabId,
      includeCookies: true,
      includeProtection: true,
      includeNotices: true,
    });
    render(
      <CookieApp connector={connector} described={described} onOpenManager={openManager} />,
      root,
    );
  });
}

import type { Browser, Page } from 'puppeteer-core';
import { openExtensionPage } from '../support/extension-tab';

/**
 * The popup page in a tab, told which tab to work on (`?tabId=`), as the Chromium fallback
 * PopupPage.openAsTab. `startUrl`: any http page the test build lets reach the extension.
 */
export function openPopupForTab(browser: Browser, startUrl: string, tabId: number): Promise<Page> {
  return openExtensionPage(browser, startUrl, `/extension/popup/popup.html?tabId=${tabId}`);
}

/** The DevTools panel page in a tab (`?tabId=`), as DevToolsPanel.openAsTab. */
export function openPanelForTab(browser: Browser, startUrl: string, tabId: number): Promise<Page> {
  return openExtensionPage(browser, startUrl, `/extension/devtools/panel.html?tabId=${tabId}`);
}

export function openManager(browser: Browser, startUrl: string): Promise<Page> {
  return openExtensionPage(browser, startUrl, '/extension/manager/manager.html');
}

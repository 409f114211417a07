import { type BrowserContext, expect } from '@playwright/test';
import { managerUrl } from '../pages/manager-page';
import { extensionServiceWorker } from './extension-context';

/** The part of chrome://extensions' private API these helpers call (no public typings). */
type DeveloperPrivate = {
  updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
  updateExtensionConfiguration(update: {
    extensionId: string;
    incognitoAccess: boolean;
  }): Promise<void>;
  getExtensionInfo(id: string): Promise<{ state: string; incognitoAccess: { isActive: boolean } }>;
};

/**
 * Lets the extension into incognito windows, as the "Allow in Incognito" switch of
 * chrome://extensions does: that page's own `chrome.developerPrivate`, called from the page.
 * It is what the switch itself calls (a private API: should a Chromium update change it, this
 * fails here with the API's error rather than silently testing nothing); writing the profile's
 * `extensions.settings.<id>.incognito` before launch was not tried (Chromium may reject
 * extension settings it did not sign, see its "Secure Preferences").
 * The switch reloads the extension; Chromium disables a reloaded command-line extension unless
 * developer mode is on (disable reason "unsupportedDeveloperExtension"), so that goes on first.
 */
export async function allowInIncognito(
  context: BrowserContext,
  extensionId: string,
): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(async (id) => {
    const api = (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate;
    await api.updateProfileConfiguration({ inDeveloperMode: true });
    await api.updateExtensionConfiguration({ extensionId: id, incognitoAccess: true });
  }, extensionId);
  await expect
    .poll(() =>
      page.evaluate(async (id) => {
        const api = (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate;
        const info = await api.getExtensionInfo(id);
        return `${info.state} ${info.incognitoAccess.isActive}`;
      }, extensionId),
    )
    .toBe('ENABLED true');
  // The reloaded extension's worker starts on its first event: an extension page asking it.
  await page.goto(managerUrl(extensionId));
  const worker = await extensionServiceWorker(context);
  expect(await worker.evaluate(() => chrome.extension.isAllowedIncognitoAccess())).toBe(true);
  await page.close();
}

/**
 * Opens `url` in a new incognito window (from the service worker: Playwright's persistent
 * context cannot) and waits for it to load. Returns the tab's and window's ids; the tab is not a
 * Playwright Page (it lives in the incognito profile, outside the context).
 */
export async function openIncognitoTab(
  context: BrowserContext,
  url: string,
): Promise<{ tabId: number; windowId: number }> {
  const worker = await extensionServiceWorker(context);
  const opened = await worker.evaluate(async (address) => {
    const window = await chrome.windows.create({ incognito: true, url: address });
    const tab = window?.tabs?.[0];
    if (tab?.id === undefined || window?.id === undefined) {
      throw new Error('The incognito window has no tab.');
    }
    return { tabId: tab.id, windowId: window.id };
  }, url);
  await expect
    .poll(() => worker.evaluate(async (id) => (await chrome.tabs.get(id)).status, opened.tabId))
    .toBe('complete');
  return opened;
}

/** Loads `url` in the incognito tab `tabId` and waits for it. */
export async function navigateIncognitoTab(
  context: BrowserContext,
  tabId: number,
  url: string,
): Promise<void> {
  const worker = await extensionServiceWorker(context);
  await worker.evaluate(
    async ({ id, address }) => {
      await chrome.tabs.update(id, { url: address });
    },
    { id: tabId, address: url },
  );
  await expect
    .poll(() =>
      worker.evaluate(async (id) => {
        const tab = await chrome.tabs.get(id);
        return tab.status === 'complete' ? tab.url : undefined;
      }, tabId),
    )
    .toBe(url);
}

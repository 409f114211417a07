import { t } from '../../src/i18n/t';
import { browser } from '../platform';

const managerPath = 'extension/manager/manager.html';
const menuId = 'open-cookie-manager';

/** "All cookies…" in the toolbar icon's menu opens the manager page. */
export function registerManagerMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: menuId,
      title: t('bg_menuManager'),
      contexts: ['action'],
    });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === menuId)
      void browser.tabs.create({ url: browser.runtime.getURL(managerPath) });
  });
}

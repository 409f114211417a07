import { t } from '../i18n/t';
import type { TabAccess } from '../protocol/cookie-protocol';

/** Why a page's cookies are not shown, in the words popup and panel both use. */
export function accessText(access: Exclude<TabAccess, 'ok'>): string {
  switch (access) {
    case 'unsupported-page':
      return t('ui_accessUnsupportedPage');
    case 'no-host-permission':
      return t('ui_accessNoHostPermission');
    case 'hidden-page':
      return t('ui_accessHiddenPage');
  }
}

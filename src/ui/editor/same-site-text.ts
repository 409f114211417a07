import type { SameSite } from '../../cookies/cookie';
import { t } from '../../i18n/t';

/**
 * SameSite as the edit form's select names it (and a conflict note, so the user recognises it).
 * Lax and Strict are the attribute's own values, the same in every language; getters read the
 * others in the language in use.
 */
export const sameSiteText: Readonly<Record<SameSite, string>> = {
  get unspecified() {
    return t('editor_sameSiteUnset');
  },
  lax: 'Lax',
  strict: 'Strict',
  get no_restriction() {
    return t('editor_sameSiteNone');
  },
};

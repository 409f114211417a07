import type { Cookie } from '../../cookies/cookie';
import { cookieJson, nameValuePair, setCookieLine } from '../../formats/set-cookie-line';
import { t } from '../../i18n/t';

export type CopyForm = 'value' | 'pair' | 'set-cookie' | 'json';

export const copyForms: readonly CopyForm[] = ['value', 'pair', 'set-cookie', 'json'];

/** A copy form's button label: the value in words, the others by their format's own name. */
export function copyFormLabel(form: CopyForm): string {
  if (form === 'value') return t('table_copyValue');
  return form === 'pair' ? 'name=value' : form === 'set-cookie' ? 'Set-Cookie' : 'JSON';
}

const texts: Record<CopyForm, (cookie: Cookie) => string> = {
  value: (cookie) => cookie.value,
  pair: nameValuePair,
  'set-cookie': setCookieLine,
  json: cookieJson,
};

/** The text a Copy button puts on the clipboard. */
export function copyText(cookie: Cookie, form: CopyForm): string {
  return texts[form](cookie);
}

/** Puts one form of the cookie on the clipboard; says what was copied, or why not. */
export async function copyCookie(cookie: Cookie, form: CopyForm): Promise<string> {
  try {
    await navigator.clipboard.writeText(copyText(cookie, form));
    return t('table_copied', copyFormLabel(form));
  } catch (error) {
    return t('table_copyFailed', error instanceof Error ? error.message : String(error));
  }
}

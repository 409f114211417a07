import type { Cookie } from '../../cookies/cookie';
import { cookieJson, nameValuePair, setCookieLine } from '../../formats/set-cookie-line';

export type CopyForm = 'value' | 'pair' | 'set-cookie' | 'json';

export const copyForms: ReadonlyArray<{ form: CopyForm; label: string }> = [
  { form: 'value', label: 'Value' },
  { form: 'pair', label: 'name=value' },
  { form: 'set-cookie', label: 'Set-Cookie' },
  { form: 'json', label: 'JSON' },
];

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
  const label = copyForms.find((f) => f.form === form)?.label ?? form;
  try {
    await navigator.clipboard.writeText(copyText(cookie, form));
    return `Copied ${label}.`;
  } catch (error) {
    return `Could not copy: ${error instanceof Error ? error.message : String(error)}`;
  }
}

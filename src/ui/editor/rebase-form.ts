import type { Cookie } from '../../cookies/cookie';
import { type MergeableField, mergeableFields } from '../../cookies/merge-edit';
import { type CookieForm, formFromCookie } from '../cookie-form';

/** The inputs behind each attribute a site can change under an open editor. */
const inputsOf: Record<MergeableField, (keyof CookieForm)[]> = {
  value: ['value'],
  secure: ['secure'],
  httpOnly: ['httpOnly'],
  sameSite: ['sameSite'],
  expirationDate: ['session', 'expires'],
};

/**
 * What a field's inputs hold, as one comparable value. A session cookie has no expiry: its
 * (unused) date input must not count as a difference.
 */
export function inputValue(form: CookieForm, field: MergeableField): string {
  if (field === 'expirationDate') return form.session ? 'session' : form.expires;
  return String(form[field]);
}

export interface Rebased {
  form: CookieForm;
  /** Attributes the browser changed between the two cookies. */
  changed: MergeableField[];
  /** Of those, the ones the user had changed too, to something else: the user must choose. */
  conflicts: MergeableField[];
}

/**
 * Moves an open form from the cookie it was based on to the cookie as the browser has it now:
 * inputs the user left alone follow the browser, inputs the user changed keep the user's value,
 * and where both changed (differently) the field is a conflict for the user to settle.
 */
export function rebaseForm(
  form: CookieForm,
  from: Cookie,
  to: Cookie,
  nowSeconds: number,
): Rebased {
  const before = formFromCookie(from, nowSeconds);
  const after = formFromCookie(to, nowSeconds);
  const next: CookieForm = { ...form };
  const changed: MergeableField[] = [];
  const conflicts: MergeableField[] = [];
  for (const field of mergeableFields) {
    const theirs = inputValue(after, field);
    if (inputValue(before, field) === theirs) continue;
    changed.push(field);
    const mine = inputValue(form, field);
    if (mine === inputValue(before, field)) takeBrowsers(next, after, field);
    else if (mine !== theirs) conflicts.push(field);
  }
  return { form: next, changed, conflicts };
}

/** Sets a field's inputs to the browser's cookie (the user chose "use the browser's"). */
export function takeBrowsers(form: CookieForm, browsers: CookieForm, field: MergeableField) {
  for (const key of inputsOf[field]) Object.assign(form, { [key]: browsers[key] });
}

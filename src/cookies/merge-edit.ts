import { type Cookie, type CookieDraft, draftFromCookie } from './cookie';

/** The attributes of a cookie that an edit can change without changing which cookie it is. */
export type MergeableField = 'value' | 'secure' | 'httpOnly' | 'sameSite' | 'expirationDate';

export const mergeableFields: readonly MergeableField[] = [
  'value',
  'secure',
  'httpOnly',
  'sameSite',
  'expirationDate',
];

export type MergeResult =
  /** What to write: the user's changes applied onto the cookie as the browser has it now. */
  | { draft: CookieDraft }
  /** Fields the user changed that the browser also changed, to something else: write nothing. */
  | { conflicts: MergeableField[] };

/**
 * A three-way merge of an edit: the cookie as the form opened it, as the user edited it, and as
 * the browser has it when the save runs. A field the user left alone takes the browser's current
 * value (a site may have rewritten the cookie meanwhile, and writing the old value back would
 * undo that); a field the user changed takes the user's value, unless the browser changed it
 * too, to something else: then both are shown and the user decides.
 * Identity fields (name, domain, path, partition) always come from the edit: the current cookie
 * was read at the opened identity, so they can only differ where the user changed them.
 */
export function mergeEdit(opened: Cookie, edited: CookieDraft, current: Cookie): MergeResult {
  const base = draftFromCookie(opened);
  const now = draftFromCookie(current);
  const draft: CookieDraft = { ...edited };
  const conflicts: MergeableField[] = [];
  for (const field of mergeableFields) {
    const mine = edited[field];
    const theirs = now[field];
    if (mine === base[field]) {
      assign(draft, field, theirs);
    } else if (theirs !== base[field] && theirs !== mine) {
      conflicts.push(field);
    }
  }
  return conflicts.length > 0 ? { conflicts } : { draft };
}

function assign<K extends MergeableField>(draft: CookieDraft, field: K, value: CookieDraft[K]) {
  if (value === undefined) delete draft[field];
  else draft[field] = value;
}

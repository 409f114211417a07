import type { Cookie } from '../../cookies/cookie';
import { cookieKey } from './cookie-key';

/**
 * The checked cookies, by identity key. Keys of cookies that went away meanwhile stay in the
 * set harmlessly: everything that acts on the selection goes through `selectedCookies`, which
 * only returns cookies that exist now. So a live re-list never drops a selection.
 */
export type Selection = ReadonlySet<string>;

export const emptySelection: Selection = new Set();

export function toggleSelected(selection: Selection, key: string): Selection {
  const next = new Set(selection);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}

/** Selects (or unselects) all of `keys`, e.g. every cookie matching the search. */
export function setSelected(
  selection: Selection,
  keys: Iterable<string>,
  selected: boolean,
): Selection {
  const next = new Set(selection);
  for (const key of keys) {
    if (selected) next.add(key);
    else next.delete(key);
  }
  return next;
}

/** The selected cookies among those that exist now, in the order given. */
export function selectedCookies(cookies: readonly Cookie[], selection: Selection): Cookie[] {
  if (selection.size === 0) return [];
  return cookies.filter((cookie) => selection.has(cookieKey(cookie)));
}

/** For a tri-state "select this site" checkbox. */
export function selectionState(
  cookies: readonly Cookie[],
  selection: Selection,
): 'none' | 'some' | 'all' {
  let count = 0;
  for (const cookie of cookies) if (selection.has(cookieKey(cookie))) count++;
  if (count === 0) return 'none';
  return count === cookies.length ? 'all' : 'some';
}

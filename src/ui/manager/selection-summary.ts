import type { Cookie } from '../../cookies/cookie';
import { t, tn } from '../../i18n/t';
import { cookieKey } from './cookie-key';

export interface SelectionSummary {
  count: number;
  /** The sites the selected cookies belong to, in alphabetical order. */
  sites: string[];
  /** Selected cookies the current search or filters hide: the user should know they go too. */
  hidden: number;
}

/** What a bulk action on the selection will touch, for its confirmation. */
export function summarizeSelection(
  selected: readonly Cookie[],
  siteOf: (cookie: Cookie) => string,
  shown: readonly Cookie[],
): SelectionSummary {
  const shownKeys = new Set(shown.map(cookieKey));
  const sites = new Set<string>();
  let hidden = 0;
  for (const cookie of selected) {
    sites.add(siteOf(cookie));
    if (!shownKeys.has(cookieKey(cookie))) hidden++;
  }
  return { count: selected.length, sites: [...sites].sort(), hidden };
}

/** "a.test", "a.test and b.test", "a.test, b.test, c.test and 4 more sites". */
export function formatSiteList(sites: readonly string[], limit = 5): string {
  if (sites.length <= 1) return sites[0] ?? '';
  // The comma between sites is the list's punctuation in every language we have.
  if (sites.length <= limit)
    return t('manager_siteListPair', sites.slice(0, -1).join(', '), sites.at(-1) ?? '');
  const rest = sites.length - (limit - 1);
  return tn('manager_siteListMore', rest, sites.slice(0, limit - 1).join(', '));
}

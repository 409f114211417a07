import type { CookieScope, Method, ParamsOf } from './cookie-protocol';
import {
  type Guard,
  isArrayOf,
  isBoolean,
  isCookie,
  isCookieDraft,
  isRecord,
  isString,
  optional,
} from './shape-guards';

function isScope(value: unknown): value is CookieScope {
  if (!isRecord(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 1) return false;
  return isString(value.site) || isString(value.url) || value.allOfStore === true;
}

const isEmptyRecord = (value: unknown): value is Record<string, never> =>
  isRecord(value) && Object.keys(value).length === 0;

const isTabId = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0;

/** The declared shape of each request's parameters; anything else is refused unread. */
export const requestShapes: { [M in Method]: Guard<ParamsOf<M>> } = {
  describeTab: (p): p is ParamsOf<'describeTab'> =>
    isRecord(p) && isTabId(p.tabId) && optional(isBoolean)(p.includeCookies),
  listCookies: (p): p is ParamsOf<'listCookies'> =>
    isRecord(p) && isScope(p.scope) && isString(p.storeId),
  saveCookie: (p): p is ParamsOf<'saveCookie'> =>
    isRecord(p) &&
    optional(isCookie)(p.original) &&
    isCookieDraft(p.draft) &&
    optional(isBoolean)(p.confirmed),
  deleteCookie: (p): p is ParamsOf<'deleteCookie'> => isRecord(p) && isCookie(p.cookie),
  deleteCookies: (p): p is ParamsOf<'deleteCookies'> =>
    isRecord(p) && isArrayOf(isCookie)(p.cookies),
  importCookies: (p): p is ParamsOf<'importCookies'> =>
    isRecord(p) &&
    isArrayOf(isCookieDraft)(p.drafts) &&
    (p.onExisting === 'skip' || p.onExisting === 'overwrite'),
  listCookieStores: (p): p is ParamsOf<'listCookieStores'> => isEmptyRecord(p),
  listHistory: (p): p is ParamsOf<'listHistory'> => isEmptyRecord(p),
  undo: (p): p is ParamsOf<'undo'> => isRecord(p) && Number.isInteger(p.entryId),
  clearHistory: (p): p is ParamsOf<'clearHistory'> => isEmptyRecord(p),
  describeSites: (p): p is ParamsOf<'describeSites'> =>
    isRecord(p) && isArrayOf(isString)(p.urls) && p.urls.length <= 500,
};

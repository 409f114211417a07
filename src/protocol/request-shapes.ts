import type { BlockRuleText, CookieScope, Method, ParamsOf } from './cookie-protocol';
import { requestLimits } from './request-limits';
import {
  type Guard,
  isArrayOf,
  isBoolean,
  isCookie,
  isCookieDraft,
  isRecord,
  isStringUpTo,
  optional,
} from './shape-guards';
import { snapshotShapes } from './snapshot-shapes';

const isCookies = isArrayOf(isCookie, requestLimits.cookies);
const isDrafts = isArrayOf(isCookieDraft, requestLimits.cookies);
const isAttribute = isStringUpTo(requestLimits.attribute);
const isSafeInteger = (value: unknown): value is number => Number.isSafeInteger(value);
const isUrl = isStringUpTo(requestLimits.url);

function isScope(value: unknown): value is CookieScope {
  if (!isRecord(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 1) return false;
  return isAttribute(value.site) || isUrl(value.url) || value.allOfStore === true;
}

const isBlockRuleText = (p: unknown): p is BlockRuleText =>
  isRecord(p) &&
  isStringUpTo(requestLimits.nameOrValue)(p.name) &&
  isAttribute(p.domain) &&
  optional(isAttribute)(p.storeId);

const isEmptyRecord = (value: unknown): value is Record<string, never> =>
  isRecord(value) && Object.keys(value).length === 0;

const isTabId = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0;

/** The declared shape of each request's parameters; anything else is refused unread. */
export const requestShapes: { [M in Method]: Guard<ParamsOf<M>> } = {
  describeTab: (p): p is ParamsOf<'describeTab'> =>
    isRecord(p) &&
    isTabId(p.tabId) &&
    optional(isBoolean)(p.includeCookies) &&
    optional(isBoolean)(p.includeProtection) &&
    optional(isBoolean)(p.includeNotices),
  listCookies: (p): p is ParamsOf<'listCookies'> =>
    isRecord(p) && isScope(p.scope) && isAttribute(p.storeId),
  saveCookie: (p): p is ParamsOf<'saveCookie'> =>
    isRecord(p) &&
    optional(isCookie)(p.original) &&
    isCookieDraft(p.draft) &&
    optional(isBoolean)(p.confirmed),
  deleteCookies: (p): p is ParamsOf<'deleteCookies'> =>
    isRecord(p) && isCookies(p.cookies) && optional(isBoolean)(p.withoutUndo),
  importCookies: (p): p is ParamsOf<'importCookies'> =>
    isRecord(p) &&
    isDrafts(p.drafts) &&
    (p.onExisting === 'skip' || p.onExisting === 'overwrite') &&
    isCookies(p.seen) &&
    optional(isBoolean)(p.withoutUndo),
  listCookieStores: (p): p is ParamsOf<'listCookieStores'> => isEmptyRecord(p),
  describeFirstParties: (p): p is ParamsOf<'describeFirstParties'> => isEmptyRecord(p),
  listHistory: (p): p is ParamsOf<'listHistory'> => isEmptyRecord(p),
  undo: (p): p is ParamsOf<'undo'> => isRecord(p) && Number.isSafeInteger(p.entryId),
  clearHistory: (p): p is ParamsOf<'clearHistory'> => isEmptyRecord(p),
  listNotices: (p): p is ParamsOf<'listNotices'> => isEmptyRecord(p),
  dismissNotices: (p): p is ParamsOf<'dismissNotices'> =>
    isRecord(p) && isArrayOf(isSafeInteger, 1000)(p.ids),
  describeSites: (p): p is ParamsOf<'describeSites'> =>
    isRecord(p) && isArrayOf(isUrl, requestLimits.urls)(p.urls),
  ...snapshotShapes,
  listProtection: (p): p is ParamsOf<'listProtection'> => isEmptyRecord(p),
  protectCookie: (p): p is ParamsOf<'protectCookie'> => isRecord(p) && isCookie(p.cookie),
  unprotectCookie: (p): p is ParamsOf<'unprotectCookie'> => isRecord(p) && isCookie(p.cookie),
  addBlockRule: isBlockRuleText,
  removeBlockRule: isBlockRuleText,
};

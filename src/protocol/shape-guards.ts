import {
  type Cookie,
  type CookieDraft,
  type PartitionKey,
  type SameSite,
  sameSiteValues,
} from '../cookies/cookie';

import { isBoolean, isFiniteNumber, isRecord, isStringUpTo, optional } from './basic-guards';
import { requestLimits } from './request-limits';

// The basic checks, for the background's one import of every guard.
export * from './basic-guards';

/**
 * Small structural checks for data that arrives in messages: nothing is trusted by its type.
 * The cookie shapes are here; the basic checks every page needs, in basic-guards.ts.
 */

const isAttribute = isStringUpTo(requestLimits.attribute);
const isNameOrValue = isStringUpTo(requestLimits.nameOrValue);
export const isSameSite = (value: unknown): value is SameSite =>
  sameSiteValues.includes(value as SameSite);

export function isPartitionKey(value: unknown): value is PartitionKey {
  return (
    isRecord(value) &&
    optional(isAttribute)(value.topLevelSite) &&
    optional(isBoolean)(value.hasCrossSiteAncestor)
  );
}

function hasCommonCookieFields(value: Record<string, unknown>): boolean {
  return (
    isNameOrValue(value.name) &&
    isNameOrValue(value.value) &&
    isAttribute(value.domain) &&
    isBoolean(value.hostOnly) &&
    isAttribute(value.path) &&
    isBoolean(value.secure) &&
    isBoolean(value.httpOnly) &&
    isSameSite(value.sameSite) &&
    optional(isFiniteNumber)(value.expirationDate) &&
    isAttribute(value.storeId) &&
    optional(isPartitionKey)(value.partitionKey) &&
    // Firefox's first-party isolation key (src/cookies/cookie.ts).
    optional(isAttribute)(value.firstPartyDomain)
  );
}

export function isCookie(value: unknown): value is Cookie {
  return isRecord(value) && hasCommonCookieFields(value) && isBoolean(value.session);
}

export function isCookieDraft(value: unknown): value is CookieDraft {
  return isRecord(value) && hasCommonCookieFields(value);
}

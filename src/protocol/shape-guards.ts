import {
  type Cookie,
  type CookieDraft,
  type PartitionKey,
  type SameSite,
  sameSiteValues,
} from '../cookies/cookie';

import { requestLimits } from './request-limits';

/** Small structural checks for data that arrives in messages: nothing is trusted by its type. */

export type Guard<T> = (value: unknown) => value is T;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const isString = (value: unknown): value is string => typeof value === 'string';
/** A string of at most `max` characters. */
export const isStringUpTo =
  (max: number) =>
  (value: unknown): value is string =>
    typeof value === 'string' && value.length <= max;
const isAttribute = isStringUpTo(requestLimits.attribute);
const isNameOrValue = isStringUpTo(requestLimits.nameOrValue);
export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
export const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
export const isSameSite = (value: unknown): value is SameSite =>
  sameSiteValues.includes(value as SameSite);

const optional =
  <T>(guard: Guard<T>) =>
  (value: unknown): value is T | undefined =>
    value === undefined || guard(value);

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

export function isArrayOf<T>(guard: Guard<T>, maxLength = Number.POSITIVE_INFINITY): Guard<T[]> {
  return (value: unknown): value is T[] =>
    Array.isArray(value) && value.length <= maxLength && value.every(guard);
}

export { optional };

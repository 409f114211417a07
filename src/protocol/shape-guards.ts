import {
  type Cookie,
  type CookieDraft,
  type PartitionKey,
  type SameSite,
  sameSiteValues,
} from '../cookies/cookie';

/** Small structural checks for data that arrives in messages: nothing is trusted by its type. */

export type Guard<T> = (value: unknown) => value is T;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const isString = (value: unknown): value is string => typeof value === 'string';
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
    optional(isString)(value.topLevelSite) &&
    optional(isBoolean)(value.hasCrossSiteAncestor)
  );
}

function hasCommonCookieFields(value: Record<string, unknown>): boolean {
  return (
    isString(value.name) &&
    isString(value.value) &&
    isString(value.domain) &&
    isBoolean(value.hostOnly) &&
    isString(value.path) &&
    isBoolean(value.secure) &&
    isBoolean(value.httpOnly) &&
    isSameSite(value.sameSite) &&
    optional(isFiniteNumber)(value.expirationDate) &&
    isString(value.storeId) &&
    optional(isPartitionKey)(value.partitionKey)
  );
}

export function isCookie(value: unknown): value is Cookie {
  return isRecord(value) && hasCommonCookieFields(value) && isBoolean(value.session);
}

export function isCookieDraft(value: unknown): value is CookieDraft {
  return isRecord(value) && hasCommonCookieFields(value);
}

export function isArrayOf<T>(guard: Guard<T>): Guard<T[]> {
  return (value: unknown): value is T[] => Array.isArray(value) && value.every(guard);
}

export { optional };

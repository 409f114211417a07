/**
 * The structural checks every page needs for what arrives in messages (the protocol client, the
 * change feed, errors): apart from the cookie shapes in shape-guards.ts, which only the
 * background checks requests with, so a page's first load does not carry them.
 */

export type Guard<T> = (value: unknown) => value is T;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const isString = (value: unknown): value is string => typeof value === 'string';
/** A string of at most `max` characters. */
export const isStringUpTo =
  (max: number) =>
  (value: unknown): value is string =>
    typeof value === 'string' && value.length <= max;
export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
export const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

export const optional =
  <T>(guard: Guard<T>) =>
  (value: unknown): value is T | undefined =>
    value === undefined || guard(value);

export function isArrayOf<T>(guard: Guard<T>, maxLength = Number.POSITIVE_INFINITY): Guard<T[]> {
  return (value: unknown): value is T[] =>
    Array.isArray(value) && value.length <= maxLength && value.every(guard);
}

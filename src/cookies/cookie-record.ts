import { requestLimits } from '../protocol/request-limits';
import { isPartitionKey, isRecord, isSameSite } from '../protocol/shape-guards';
import type { Cookie } from './cookie';

export type CookieRecordRead = { ok: true; cookie: Cookie } | { ok: false; error: string };

const textField = (max: number) => (value: unknown) =>
  typeof value === 'string' && value.length <= max;

// What each field must be, in words for the message. Limits are the protocol's: generous beside
// the browser's own (validateCookie names those), and enough to refuse a megabyte "name".
const fields: [keyof Cookie, (value: unknown) => boolean, string][] = [
  ['name', textField(requestLimits.nameOrValue), 'text'],
  ['value', textField(requestLimits.nameOrValue), 'text'],
  ['domain', textField(requestLimits.attribute), 'text'],
  ['hostOnly', (v) => typeof v === 'boolean', 'true or false'],
  ['path', textField(requestLimits.attribute), 'text'],
  ['secure', (v) => typeof v === 'boolean', 'true or false'],
  ['httpOnly', (v) => typeof v === 'boolean', 'true or false'],
  ['sameSite', isSameSite, 'one of unspecified, lax, strict, no_restriction'],
  ['session', (v) => typeof v === 'boolean', 'true or false'],
  ['storeId', textField(requestLimits.attribute), 'text'],
];

/**
 * A cookie read back from our own storage or our own snapshot file, strictly: every field of
 * `chrome.cookies.Cookie` with its exact type, because a snapshot or a protected cookie is
 * written back loss-free and a guessed field would write another cookie. (The lenient reading
 * of other tools' files is `cookieFromJson`.) Only the known fields are copied, so whatever
 * else an object carries is never kept. The error names the first field at fault.
 */
export function readCookieRecord(raw: unknown): CookieRecordRead {
  if (!isRecord(raw)) return { ok: false, error: 'is not a cookie object' };
  for (const [field, valid, expected] of fields) {
    if (raw[field] === undefined) return { ok: false, error: `has no ${field}` };
    if (!valid(raw[field])) return { ok: false, error: `has a ${field} that is not ${expected}` };
  }
  const cookie = Object.fromEntries(
    fields.map(([field]) => [field, raw[field]]),
  ) as unknown as Cookie;
  if (cookie.hostOnly === cookie.domain.startsWith('.')) {
    // The leading dot is how the browser marks a domain cookie: the two must agree.
    return { ok: false, error: 'has a domain whose leading dot contradicts its hostOnly' };
  }
  const expiry = raw.expirationDate;
  if (!cookie.session) {
    if (typeof expiry !== 'number' || !Number.isFinite(expiry) || expiry <= 0) {
      return { ok: false, error: 'is not a session cookie but has no valid expirationDate' };
    }
    cookie.expirationDate = expiry;
  } else if (expiry !== undefined) {
    return { ok: false, error: 'is a session cookie but has an expirationDate' };
  }
  if (raw.partitionKey !== undefined) {
    if (!isPartitionKey(raw.partitionKey)) {
      return { ok: false, error: 'has a partitionKey that is not a partition' };
    }
    const { topLevelSite, hasCrossSiteAncestor } = raw.partitionKey;
    cookie.partitionKey = {
      ...(topLevelSite === undefined ? {} : { topLevelSite }),
      ...(hasCrossSiteAncestor === undefined ? {} : { hasCrossSiteAncestor }),
    };
  }
  return { ok: true, cookie };
}

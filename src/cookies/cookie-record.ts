import { t } from '../i18n/t';
import { requestLimits } from '../protocol/request-limits';
import { isPartitionKey, isRecord, isSameSite } from '../protocol/shape-guards';
import type { Cookie } from './cookie';

export type CookieRecordRead = { ok: true; cookie: Cookie } | { ok: false; error: string };

const textField = (max: number) => (value: unknown) =>
  typeof value === 'string' && value.length <= max;

type Expected = 'record_expectText' | 'record_expectBoolean' | 'record_expectSameSite';

// What each field must be, in words for the message. Limits are the protocol's: generous beside
// the browser's own (validateCookie names those), and enough to refuse a megabyte "name".
// The field names are the file format's keys and stay as they are in every language.
const fields: [keyof Cookie, (value: unknown) => boolean, Expected][] = [
  ['name', textField(requestLimits.nameOrValue), 'record_expectText'],
  ['value', textField(requestLimits.nameOrValue), 'record_expectText'],
  ['domain', textField(requestLimits.attribute), 'record_expectText'],
  ['hostOnly', (v) => typeof v === 'boolean', 'record_expectBoolean'],
  ['path', textField(requestLimits.attribute), 'record_expectText'],
  ['secure', (v) => typeof v === 'boolean', 'record_expectBoolean'],
  ['httpOnly', (v) => typeof v === 'boolean', 'record_expectBoolean'],
  ['sameSite', isSameSite, 'record_expectSameSite'],
  ['session', (v) => typeof v === 'boolean', 'record_expectBoolean'],
  ['storeId', textField(requestLimits.attribute), 'record_expectText'],
];

/**
 * A cookie read back from our own storage or our own snapshot file, strictly: every field of
 * `chrome.cookies.Cookie` with its exact type, because a snapshot or a protected cookie is
 * written back loss-free and a guessed field would write another cookie. (The lenient reading
 * of other tools' files is `cookieFromJson`.) Only the known fields are copied, so whatever
 * else an object carries is never kept. The error names the first field at fault.
 */
export function readCookieRecord(raw: unknown): CookieRecordRead {
  if (!isRecord(raw)) return { ok: false, error: t('record_notObject') };
  for (const [field, valid, expected] of fields) {
    if (raw[field] === undefined) return { ok: false, error: t('record_missingField', field) };
    if (!valid(raw[field])) return { ok: false, error: t('record_wrongField', field, t(expected)) };
  }
  const cookie = Object.fromEntries(
    fields.map(([field]) => [field, raw[field]]),
  ) as unknown as Cookie;
  if (cookie.hostOnly === cookie.domain.startsWith('.')) {
    // The leading dot is how the browser marks a domain cookie: the two must agree.
    return { ok: false, error: t('record_dotContradictsHostOnly') };
  }
  const expiry = raw.expirationDate;
  if (!cookie.session) {
    if (typeof expiry !== 'number' || !Number.isFinite(expiry) || expiry <= 0) {
      return { ok: false, error: t('record_noValidExpiry') };
    }
    cookie.expirationDate = expiry;
  } else if (expiry !== undefined) {
    return { ok: false, error: t('record_sessionWithExpiry') };
  }
  if (raw.partitionKey !== undefined) {
    if (!isPartitionKey(raw.partitionKey)) {
      return { ok: false, error: t('record_badPartitionKey') };
    }
    const { topLevelSite, hasCrossSiteAncestor } = raw.partitionKey;
    cookie.partitionKey = {
      ...(topLevelSite === undefined ? {} : { topLevelSite }),
      ...(hasCrossSiteAncestor === undefined ? {} : { hasCrossSiteAncestor }),
    };
  }
  return { ok: true, cookie };
}

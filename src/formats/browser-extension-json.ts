import { type CookieDraft, cookieHost, type PartitionKey, type SameSite } from '../cookies/cookie';
import type { FieldIssue } from '../cookies/validate-cookie';
import { t } from '../i18n/t';
import {
  type ImportEntry,
  type ImportParse,
  type ImportTarget,
  parseNote,
  rejected,
} from './import-entry';

// The JSON that other cookie extensions export: an array of `chrome.cookies.Cookie`-like
// objects. Cookie-Editor (interface/lib/jsonFormat.js) writes `sameSite: null` for unspecified
// and `storeId: null`; EditThisCookie adds an `id`; Firefox exports carry `firefox-*` store ids;
// Playwright's storageState wraps the array as `{ cookies: [...] }` with `expires: -1` for a
// session cookie and `sameSite: 'Lax'`. Other editors rejected some of these spellings
// (cookie-semantics.md), so every one maps to something and only a cookie that cannot be placed
// at all (no domain, a value that is not text) is refused.

const sameSiteSpellings: Record<string, SameSite> = {
  no_restriction: 'no_restriction',
  none: 'no_restriction',
  lax: 'lax',
  strict: 'strict',
  unspecified: 'unspecified',
};

function sameSiteOf(raw: unknown, issues: FieldIssue[]): SameSite {
  if (raw === undefined || raw === null || raw === '') return 'unspecified';
  const known = typeof raw === 'string' ? sameSiteSpellings[raw.toLowerCase()] : undefined;
  if (known) return known;
  issues.push(parseNote('sameSite', t('format_unknownSameSite', jsonText(raw))));
  return 'unspecified';
}

/** A name or value: text, or a number or boolean some tools write bare. */
function textOf(raw: unknown): string | undefined {
  if (raw === undefined || raw === null) return '';
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  return undefined;
}

/** Seconds since the epoch, or undefined for a session cookie; a string for a bad value. */
function expiryOf(
  item: Record<string, unknown>,
  issues: FieldIssue[],
): number | undefined | string {
  // Playwright and Puppeteer call it `expires` and write -1 for a session cookie.
  const raw = item.expirationDate ?? item.expires;
  if (item.session === true) {
    if (raw !== undefined && raw !== null) {
      issues.push(parseNote('expirationDate', t('format_sessionExpiryIgnored')));
    }
    return undefined;
  }
  if (raw === undefined || raw === null || raw === '') return undefined;
  const seconds = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) {
    return t('format_expiryNotSeconds', jsonText(raw));
  }
  return seconds > 0 ? seconds : undefined;
}

function partitionKeyOf(item: Record<string, unknown>): PartitionKey | undefined | string {
  const raw = item.partitionKey;
  if (raw === undefined || raw === null) return undefined;
  // Playwright writes the partition as the top-level site alone, and Chrome's cross-site flag
  // beside it (part of the cookie's identity: without it the import writes another cookie).
  if (typeof raw === 'string') {
    if (raw === '') return undefined;
    const crossSite = item._crHasCrossSiteAncestor;
    return typeof crossSite === 'boolean'
      ? { topLevelSite: raw, hasCrossSiteAncestor: crossSite }
      : { topLevelSite: raw };
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return t('format_partitionKeyInvalid', jsonText(raw));
  }
  const { topLevelSite, hasCrossSiteAncestor } = raw as Record<string, unknown>;
  const key: PartitionKey = {};
  if (typeof topLevelSite === 'string') key.topLevelSite = topLevelSite;
  if (typeof hasCrossSiteAncestor === 'boolean') key.hasCrossSiteAncestor = hasCrossSiteAncestor;
  return key.topLevelSite === undefined && key.hasCrossSiteAncestor === undefined ? undefined : key;
}

/** JSON for messages and `source`; never throws, even on input nested too deep to print. */
export function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Array.isArray(value) ? '[…]' : typeof value;
  }
}

/** One cookie object of any of the extension formats above. */
export function cookieFromJson(raw: unknown, target: ImportTarget): ImportEntry {
  const source = jsonText(raw);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return rejected(source, t('format_notACookieObject'));
  }
  const item = raw as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  if (typeof item.domain !== 'string') {
    return rejected(source, t('format_noDomain'));
  }
  const name = textOf(item.name);
  const value = textOf(item.value);
  if (name === undefined) return rejected(source, t('format_nameNotText', jsonText(item.name)));
  if (value === undefined) return rejected(source, t('format_valueNotText', jsonText(item.value)));
  let path = '/';
  if (typeof item.path === 'string') path = item.path;
  else if (item.path !== undefined && item.path !== null) {
    return rejected(source, t('format_pathNotText', jsonText(item.path)));
  }
  const expiry = expiryOf(item, issues);
  if (typeof expiry === 'string') return rejected(source, expiry);
  const partitionKey = partitionKeyOf(item);
  if (typeof partitionKey === 'string') return rejected(source, partitionKey);

  const dotted = item.domain.startsWith('.');
  // The leading dot is how the cookies API marks a domain cookie; an explicit hostOnly wins,
  // as it does in Cookie-Editor's own import.
  const hostOnly = typeof item.hostOnly === 'boolean' ? item.hostOnly : !dotted;
  if (hostOnly && dotted) {
    issues.push(parseNote('hostOnly', t('format_hostOnlyDotted')));
  }
  const sourceStore = typeof item.storeId === 'number' ? String(item.storeId) : item.storeId;
  if (typeof sourceStore === 'string' && sourceStore !== target.storeId) {
    issues.push(parseNote('storeId', t('format_otherStore', sourceStore, target.storeId)));
  }
  const draft: CookieDraft = {
    name,
    value,
    domain: cookieHost({ domain: item.domain }),
    hostOnly,
    path,
    secure: item.secure === true,
    httpOnly: item.httpOnly === true,
    sameSite: sameSiteOf(item.sameSite, issues),
    storeId: target.storeId,
  };
  if (expiry !== undefined) draft.expirationDate = expiry;
  if (partitionKey) draft.partitionKey = partitionKey;
  // Firefox's first-party isolation: the cookie belongs to that first party, a separate cookie.
  if (typeof item.firstPartyDomain === 'string' && item.firstPartyDomain !== '')
    draft.firstPartyDomain = item.firstPartyDomain;
  return { ok: true, draft, source, issues };
}

/** A parsed JSON document: an array of cookies, or an object with a `cookies` array. */
export function cookiesFromJson(data: unknown, target: ImportTarget): ImportParse {
  const list =
    typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>).cookies
      : data;
  if (!Array.isArray(list)) {
    return { ok: false, error: t('format_jsonNotList') };
  }
  return { ok: true, entries: list.map((item) => cookieFromJson(item, target)) };
}

export function parseBrowserExtensionJson(text: string, target: ImportTarget): ImportParse {
  const parsed = parseJson(text);
  return parsed.ok ? cookiesFromJson(parsed.data, target) : parsed;
}

export function parseJson(
  text: string,
): { ok: true; data: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    // Engines word it differently, with or without a full stop: one, always.
    return {
      ok: false,
      error: t('format_invalidJson', (error as Error).message.replace(/\.$/, '')),
    };
  }
}

import { t } from '../i18n/t';
import { canonicalPath } from './canonical-path';
import { daySeconds } from './classify-lifetime';
import type { Cookie, CookieDraft } from './cookie';
import { cookieHost } from './cookie';

export type CookieField =
  | 'name'
  | 'value'
  | 'domain'
  | 'hostOnly'
  | 'path'
  | 'secure'
  | 'httpOnly'
  | 'sameSite'
  | 'expirationDate'
  | 'partitionKey'
  | 'storeId';

/**
 * `error` blocks the save; `confirm` lets it go ahead only once the user has seen it; `note`
 * tells what the browser will do with the value.
 */
export type IssueSeverity = 'error' | 'confirm' | 'note';

export interface FieldIssue {
  field: CookieField;
  severity: IssueSeverity;
  message: string;
}

/**
 * Whether a host may carry domain cookies. The background answers from the public suffix list
 * (`publicSuffixRules`); pages may pass a lenient rule to keep the 120 KB list out of their
 * bundle, and get the background's verdict when they save.
 */
export interface HostRules {
  allowsDomainCookie(host: string): boolean;
}

/** RFC 6265bis limits that Chromium enforces (net/cookies/parsed_cookie.h). */
export const maxNameValueBytes = 4096;
export const maxAttributeBytes = 1024;
export const maxExpirySeconds = 400 * daySeconds;
/** Chromium keeps at most this many cookies a site, evicting the oldest beyond. */
export const maxCookiesPerSite = 180;

// Control characters are U+0000–U+001F and U+007F; Chromium rejects them in names and values
// (a horizontal tab is tolerated inside a value by some browsers, never at its ends).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const controlChars = /[\u0000-\u0008\u000a-\u001f\u007f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const controlCharsWithTab = /[\u0000-\u001f\u007f]/;

// A lone UTF-16 surrogate has no UTF-8 form: the browser cannot store it, and encoding it for a
// url throws "URI malformed" (one such path used to abort a whole import).
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const utf8 = new TextEncoder();
const byteLength = (text: string) => utf8.encode(text).length;

function hasPrefix(name: string, prefix: string): boolean {
  return name.toLowerCase().startsWith(prefix.toLowerCase());
}

export type NamePrefix = '__Secure-' | '__Host-';

/** What a name prefix demands (RFC 6265bis §4.1.3): Secure; for `__Host-` also host-only, path `/`. */
export type PrefixRequirement = 'secure' | 'host-only' | 'root-path';

export interface PrefixViolation {
  prefix: NamePrefix;
  requirement: PrefixRequirement;
}

/** The prefix a name carries, matched without case as Chromium does (cookie-semantics.md). */
export function namePrefix(name: string): NamePrefix | undefined {
  if (hasPrefix(name, '__Host-')) return '__Host-';
  if (hasPrefix(name, '__Secure-')) return '__Secure-';
  return undefined;
}

/**
 * The prefix rules a cookie breaks: the editor blocks the save on them, the audit reports a stored
 * cookie that breaks them (one imported or written by another browser).
 */
export function prefixViolations(
  cookie: Pick<CookieDraft, 'name' | 'secure' | 'hostOnly' | 'path'>,
): PrefixViolation[] {
  const prefix = namePrefix(cookie.name);
  if (prefix === undefined) return [];
  const violations: PrefixViolation[] = [];
  if (!cookie.secure) violations.push({ prefix, requirement: 'secure' });
  if (prefix === '__Host-') {
    if (!cookie.hostOnly) violations.push({ prefix, requirement: 'host-only' });
    if (cookie.path !== '/') violations.push({ prefix, requirement: 'root-path' });
  }
  return violations;
}

const violates = (draft: CookieDraft, requirement: PrefixRequirement) =>
  prefixViolations(draft).some((v) => v.requirement === requirement);

function nameIssues(draft: CookieDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { name } = draft;
  const error = (message: string) => issues.push({ field: 'name', severity: 'error', message });
  if (controlCharsWithTab.test(name)) error(t('validate_nameControl'));
  if (loneSurrogate.test(name)) error(t('validate_nameBroken'));
  if (name.includes(';')) error(t('validate_nameSemicolon'));
  if (name.includes('=')) error(t('validate_nameEquals'));
  if (name !== name.trim()) error(t('validate_nameWhitespace'));
  if (name === '' && draft.value === '') error(t('validate_nameOrValue'));
  if (name === '' && (hasPrefix(draft.value, '__Secure-') || hasPrefix(draft.value, '__Host-'))) {
    error(t('validate_namelessPrefix'));
  }
  return issues;
}

function valueIssues(draft: CookieDraft, original?: Cookie): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { value } = draft;
  const error = (message: string) => issues.push({ field: 'value', severity: 'error', message });
  if (controlChars.test(value)) error(t('validate_valueControl'));
  if (loneSurrogate.test(value)) error(t('validate_valueBroken'));
  if (value.includes(';')) error(t('validate_valueSemicolon'));
  if (value !== value.trim()) error(t('validate_valueWhitespace'));
  const bytes = byteLength(draft.name) + byteLength(value);
  if (bytes > maxNameValueBytes) {
    error(t('validate_tooManyBytes', bytes, maxNameValueBytes));
  }
  // Chrome decodes cookie bytes as UTF-8 and shows invalid ones as U+FFFD: writing the value
  // back stores U+FFFD, not the original bytes (cookie-semantics.md).
  if (original && value === original.value && value.includes('\uFFFD')) {
    issues.push({
      field: 'value',
      severity: 'confirm',
      message: t('validate_replacementChar'),
    });
  }
  return issues;
}

function domainIssues(draft: CookieDraft, rules: HostRules): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const domain = cookieHost(draft);
  const error = (message: string) => issues.push({ field: 'domain', severity: 'error', message });
  if (domain === '') {
    error(t('validate_domainEmpty'));
    return issues;
  }
  if (/[^ -~]/.test(domain)) {
    error(t('validate_domainAscii'));
  } else if (domain.includes('%')) {
    error(t('validate_domainPercent'));
  } else if (!/^[a-z0-9._:[\]-]+$/i.test(domain) || domain.includes('..')) {
    error(t('validate_domainInvalid'));
  }
  if (byteLength(domain) > maxAttributeBytes) {
    error(t('validate_domainTooLong', maxAttributeBytes));
  }
  if (!draft.hostOnly && issues.length === 0 && !rules.allowsDomainCookie(domain)) {
    error(t('validate_domainPublicSuffix', domain));
  }
  if (violates(draft, 'host-only')) {
    error(t('validate_hostPrefixDomain'));
  }
  return issues;
}

function pathIssues(draft: CookieDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const error = (message: string) => issues.push({ field: 'path', severity: 'error', message });
  if (!draft.path.startsWith('/')) error(t('validate_pathSlash'));
  if (loneSurrogate.test(draft.path)) error(t('validate_pathBroken'));
  if (controlCharsWithTab.test(draft.path) || draft.path.includes(';')) {
    error(t('validate_pathControl'));
  }
  if (byteLength(draft.path) > maxAttributeBytes) {
    error(t('validate_pathTooLong', maxAttributeBytes));
  }
  if (violates(draft, 'root-path')) {
    error(t('validate_hostPrefixPath'));
  }
  const encoded = issues.length === 0 ? canonicalPath(draft.path) : draft.path;
  if (encoded !== draft.path) {
    issues.push({
      field: 'path',
      severity: 'note',
      message: t('validate_pathEncoded', encoded),
    });
  }
  return issues;
}

function securityIssues(draft: CookieDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!draft.secure) {
    const error = (field: CookieField, message: string) =>
      issues.push({ field, severity: 'error', message });
    const prefix = namePrefix(draft.name);
    if (prefix) error('secure', t('validate_prefixSecure', prefix));
    if (draft.sameSite === 'no_restriction') {
      error('sameSite', t('validate_sameSiteNoneSecure'));
    }
    if (draft.partitionKey) error('partitionKey', t('validate_partitionedSecure'));
  }
  return issues;
}

function partitionIssues(draft: CookieDraft): FieldIssue[] {
  const site = draft.partitionKey?.topLevelSite;
  if (site === undefined) return [];
  try {
    const url = new URL(site);
    if (url.protocol === 'https:' && url.origin === site && url.port === '') return [];
  } catch {
    // reported below
  }
  return [
    {
      field: 'partitionKey',
      severity: 'error',
      message: t('validate_partitionSite'),
    },
  ];
}

function expiryIssues(draft: CookieDraft, nowSeconds: number): FieldIssue[] {
  const expiry = draft.expirationDate;
  if (expiry === undefined) return [];
  if (!Number.isFinite(expiry)) {
    return [{ field: 'expirationDate', severity: 'error', message: t('validate_expiryNotDate') }];
  }
  if (expiry <= nowSeconds) {
    return [
      {
        field: 'expirationDate',
        severity: 'error',
        message: t('validate_expiryPast'),
      },
    ];
  }
  if (expiry > nowSeconds + maxExpirySeconds) {
    return [
      {
        field: 'expirationDate',
        severity: 'note',
        message: t('validate_expiryCapped'),
      },
    ];
  }
  return [];
}

/**
 * Every rule the browser applies to a cookie it is asked to store (cookie-semantics.md). The
 * browser itself only answers `Failed to parse or set cookie named "X"`, so each rule gets a
 * message that names the field and the reason.
 */
export function validateCookie(
  draft: CookieDraft,
  options: { nowSeconds: number; original?: Cookie; hostRules: HostRules },
): FieldIssue[] {
  return [
    ...nameIssues(draft),
    ...valueIssues(draft, options.original),
    ...domainIssues(draft, options.hostRules),
    ...pathIssues(draft),
    ...securityIssues(draft),
    ...partitionIssues(draft),
    ...expiryIssues(draft, options.nowSeconds),
  ];
}

export function blockingIssues(issues: FieldIssue[], confirmed: boolean): FieldIssue[] {
  return issues.filter((i) => i.severity === 'error' || (i.severity === 'confirm' && !confirmed));
}

import { daySeconds, isSessionCookie } from '../cookies/classify-lifetime';
import type { Cookie } from '../cookies/cookie';
import { belongsToSite, domainMatches, normalizeHost } from '../cookies/cookie-matching';
import { cookieSize } from '../cookies/cookie-size';
import { isolateBidi } from '../cookies/isolate-bidi';
import {
  maxExpirySeconds,
  maxNameValueBytes,
  type PrefixViolation,
  prefixViolations,
} from '../cookies/validate-cookie';
import { t } from '../i18n/t';
import { shownName } from '../text/cookie-label';
import type { AuditFinding, JwtFacts } from './audit-finding';
import { looksLikeSessionToken } from './session-token';

export interface CookieAuditContext {
  /** The page the cookie is looked at for; without it the rules that need the site are skipped. */
  pageUrl?: string | undefined;
  /** Milliseconds since the epoch. */
  now: number;
  /** What src/inspect/ decoded from the value, when it is a JWT. */
  jwt?: JwtFacts | undefined;
}

/** "Near" the 4,096-byte limit: within its last tenth, where one more field in a value tips it. */
export const nearNameValueBytes = Math.ceil(maxNameValueBytes * 0.9);

/**
 * A session token living longer than this is a long-lived login: OWASP asks for short sessions,
 * and 30 days leaves the frameworks' defaults alone (Django 14 days, Laravel 2 hours, Rails and
 * Express session cookies) while catching year-long "remember me" tokens in session cookies' names.
 */
export const longLivedSessionSeconds = 30 * daySeconds;

/**
 * The cookie's name as every reason quotes it: bidi-isolated, an empty name said. The quotes are
 * the message's own (German quotes differently).
 */
const quoted = (cookie: Pick<Cookie, 'name'>) => isolateBidi(shownName(cookie.name));

function pageOf(pageUrl: string | undefined): URL | undefined {
  if (pageUrl === undefined) return undefined;
  try {
    return new URL(pageUrl);
  } catch {
    return undefined;
  }
}

/**
 * Missing Secure on an https site: the cookie also rides plain-http requests to its hosts, where
 * the network reads it, and an http response can replace it. A warning for what looks like a
 * session token (that is account takeover), info for the rest (most are analytics ids). Only for
 * cookies of the page's host, its parents or its subdomains: the panel lists frames' cookies too.
 */
function secureRule(cookie: Cookie, page: URL | undefined, session: boolean): AuditFinding[] {
  if (cookie.secure || page?.protocol !== 'https:') return [];
  const host = normalizeHost(page.hostname);
  if (!domainMatches(host, cookie) && !belongsToSite(cookie, host)) return [];
  return [
    {
      rule: 'secure-missing',
      severity: session ? 'warning' : 'info',
      reason: t('audit_secureMissing', quoted(cookie), isolateBidi(host)),
      source: t('audit_sourceSecure'),
    },
  ];
}

/** A session token without HttpOnly: one XSS reads it and the session is gone. Always a warning. */
function httpOnlyRule(cookie: Cookie, session: boolean): AuditFinding[] {
  if (cookie.httpOnly || !session) return [];
  return [
    {
      rule: 'httponly-missing',
      severity: 'warning',
      reason: t('audit_httpOnlyMissing', quoted(cookie)),
      source: t('audit_sourceHttpOnly'),
    },
  ];
}

/**
 * SameSite=None without Secure is a warning: Chromium refuses to store it (so this one came from
 * elsewhere, an import or another browser), and a browser that keeps it sends it cross-site over
 * http. SameSite unset is info, quiet: it is the commonest state of all and often what the site
 * wants, but Chromium reads it as Lax while Firefox and Safari read it as None.
 */
function sameSiteRules(cookie: Cookie): AuditFinding[] {
  if (cookie.sameSite === 'no_restriction' && !cookie.secure) {
    return [
      {
        rule: 'samesite-none-insecure',
        severity: 'warning',
        reason: t('audit_sameSiteNoneInsecure', quoted(cookie)),
        source: t('audit_sourceSameSiteNone'),
      },
    ];
  }
  if (cookie.sameSite === 'unspecified') {
    return [
      {
        rule: 'samesite-unset',
        severity: 'info',
        reason: t('audit_sameSiteUnset', quoted(cookie)),
        source: t('audit_sourceSameSiteUnset'),
      },
    ];
  }
  return [];
}

const brokenRequirement: Record<PrefixViolation['requirement'], (cookie: Cookie) => string> = {
  secure: () => t('audit_prefixNotSecure'),
  'host-only': (cookie) => t('audit_prefixHasDomain', isolateBidi(cookie.domain)),
  'root-path': (cookie) => t('audit_prefixPathNotRoot', isolateBidi(cookie.path)),
};

/**
 * A prefix the cookie does not honour: a warning, since the prefix is a promise to the server
 * (this cookie came over https, from this very host) that the browser would not have stored.
 * The rules, case-insensitive as Chromium matches them, are validate-cookie's.
 */
function prefixRules(cookie: Cookie): AuditFinding[] {
  const violations = prefixViolations(cookie);
  const [first] = violations;
  if (first === undefined) return [];
  const broken = violations.map((v) => brokenRequirement[v.requirement](cookie)).join(', ');
  const host = first.prefix === '__Host-';
  return [
    {
      rule: host ? 'prefix-host' : 'prefix-secure',
      severity: 'warning',
      reason: t('audit_prefixBroken', quoted(cookie), first.prefix, broken),
      source: host ? t('audit_sourceHostPrefix') : t('audit_sourceSecurePrefix'),
    },
  ];
}

/**
 * Over 4,096 bytes of name and value the browser refuses the cookie: a warning (it cannot be saved
 * back). Near it, info: the server's next, slightly longer Set-Cookie would be dropped silently.
 */
function sizeRules(cookie: Cookie): AuditFinding[] {
  const bytes = cookieSize(cookie);
  if (bytes > maxNameValueBytes) {
    return [
      {
        rule: 'size-over-limit',
        severity: 'warning',
        reason: t('audit_sizeOverLimit', quoted(cookie), bytes, maxNameValueBytes),
        source: t('audit_sourceSize', maxNameValueBytes),
      },
    ];
  }
  if (bytes >= nearNameValueBytes) {
    return [
      {
        rule: 'size-near-limit',
        severity: 'info',
        reason: t('audit_sizeNearLimit', quoted(cookie), bytes, maxNameValueBytes),
        source: t('audit_sourceSize', maxNameValueBytes),
      },
    ];
  }
  return [];
}

const days = (seconds: number) => Math.round(seconds / daySeconds);

/**
 * Expiry rules. Beyond 400 days is info: the browser has already clamped (or will, on the next
 * write) and nothing is at risk. A session token living past 30 days is a warning: a stolen copy
 * stays good that long.
 */
function expiryRules(cookie: Cookie, nowMs: number, session: boolean): AuditFinding[] {
  if (isSessionCookie(cookie)) return [];
  const left = (cookie.expirationDate as number) - nowMs / 1000;
  const findings: AuditFinding[] = [];
  if (left > maxExpirySeconds) {
    findings.push({
      rule: 'expiry-over-400-days',
      severity: 'info',
      reason: t('audit_expiryOver400Days', quoted(cookie), days(left)),
      source: t('audit_sourceExpiry'),
    });
  }
  if (session && left > longLivedSessionSeconds) {
    findings.push({
      rule: 'long-lived-session-token',
      severity: 'warning',
      reason: t(
        'audit_longLivedSessionToken',
        quoted(cookie),
        days(Math.min(left, maxExpirySeconds)),
      ),
      source: t('audit_sourceSessionLifetime'),
    });
  }
  return findings;
}

/**
 * JWT facts from the caller's decoder. `alg: none` is a warning: an unsigned token anyone can
 * forge, dangerous if the server accepts it. An expired one is info: the server should refuse it,
 * and the browser keeps sending it until the cookie itself expires.
 */
function jwtRules(cookie: Cookie, jwt: JwtFacts | undefined, nowMs: number): AuditFinding[] {
  if (!jwt) return [];
  const findings: AuditFinding[] = [];
  if (jwt.alg !== undefined && jwt.alg.toLowerCase() === 'none') {
    findings.push({
      rule: 'jwt-alg-none',
      severity: 'warning',
      reason: t('audit_jwtAlgNone', quoted(cookie), isolateBidi(jwt.alg)),
      source: t('audit_sourceJwtAlgNone'),
    });
  }
  if (jwt.exp !== undefined && Number.isFinite(jwt.exp) && jwt.exp * 1000 <= nowMs) {
    findings.push({
      rule: 'jwt-expired',
      severity: 'info',
      // ISO 8601 on purpose: an exact instant, read the same in every language.
      reason: t('audit_jwtExpired', quoted(cookie), new Date(jwt.exp * 1000).toISOString()),
      source: t('audit_sourceJwtExpired'),
    });
  }
  return findings;
}

/**
 * Every finding for one cookie, warnings and infos, each with a one-line reason and its source.
 * Pure and cheap (a few string tests): a list audits every cookie once per change, not per render.
 */
export function auditCookie(cookie: Cookie, context: CookieAuditContext): AuditFinding[] {
  const session = looksLikeSessionToken(cookie);
  return [
    ...prefixRules(cookie),
    ...sameSiteRules(cookie),
    ...secureRule(cookie, pageOf(context.pageUrl), session),
    ...httpOnlyRule(cookie, session),
    ...sizeRules(cookie),
    ...expiryRules(cookie, context.now, session),
    ...jwtRules(cookie, context.jwt, context.now),
  ];
}

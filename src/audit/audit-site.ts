import { chromeCookieLimits } from '../cookies/browser-cookie-limits';
import { type Cookie, cookieHost } from '../cookies/cookie';
import { normalizeHost } from '../cookies/cookie-matching';
import type { RequestContext } from '../cookies/is-sent';
import { type PageContext, pageRequest, topLevelVisit } from '../cookies/page-context';
import { cookiePair, cookiesSentTo } from '../formats/cookie-header';
import { t, tn, uiLocale } from '../i18n/t';
import { utf8Length } from '../text/utf8-length';
import { auditCookie } from './audit-cookie';
import { type AuditFinding, countSeverity } from './audit-finding';

/**
 * The smallest common server limit on one request header: Apache's LimitRequestFieldSize (8190
 * bytes, name and value); nginx's large_client_header_buffers (8k a line) is the same in effect.
 * Node (16 KB for all headers) and IIS (16 KB a field) allow more. A site past it gets 400 or 431
 * errors that clearing its cookies fixes.
 */
export const cookieHeaderLimitBytes = 8190;

/** "Near" a limit: within its last tenth. */
const near = (value: number, limit: number) => value >= Math.ceil(limit * 0.9);

export interface SiteAuditContext {
  pageUrl?: string | undefined;
  /** Milliseconds since the epoch: expired cookies are not sent. */
  now: number;
  /**
   * The page as the popup and panel know it (pageContext: the registrable domain comes from the
   * background): the header then holds exactly the cookies the `sent:` column marks. Without it
   * `pageUrl` is read as a typed-in visit, first-party to its own host.
   */
  page?: PageContext | undefined;
  /**
   * The registrable domain ("site") of a cookie: Chromium's 180 are per site (eTLD+1), and only
   * the background holds the public suffix list. The popup and panel list one site's cookies, so
   * `() => site` will do. Without it cookies are counted per cookie domain (host without its dot),
   * which can only undercount: a warning is always real, a site spread over subdomains may be missed.
   */
  siteOf?: ((cookie: Cookie) => string) | undefined;
  /** Each cookie's findings, when the caller has them (auditCookies); else audited here without JWT facts. */
  cookieFindings?: ((cookie: Cookie) => readonly AuditFinding[]) | undefined;
}

export interface SiteCookieCount {
  site: string;
  count: number;
}

export interface SiteAudit {
  /** The site-wide findings: the cookie count and the Cookie header size. */
  findings: AuditFinding[];
  cookieCount: number;
  /** The site with the most cookies, the one nearest Chromium's 180; absent without cookies. */
  fullestSite?: SiteCookieCount;
  /** UTF-8 bytes of the `Cookie: …` line the page's requests carry (0: none sent); absent without a page. */
  cookieHeaderBytes?: number;
  /** Warning findings, the cookies' and the site's. */
  warnings: number;
  /** Info findings, the cookies' and the site's. */
  infos: number;
  /** One line for a popup header: "3 warnings · 42 cookies · Cookie header 2.1 KB of 8 KB". */
  summary: string;
}

/** One decimal at most, no grouping (`1023 B`), in the user's locale (`2,1 KB` in German). */
const sizeNumber = (value: number) =>
  new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 1, useGrouping: false }).format(value);

/** `512 B`, `2.1 KB`, `8 KB`: a header size as the summary says it. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return t('audit_bytes', sizeNumber(bytes));
  return t('audit_kilobytes', sizeNumber(bytes / 1024));
}

function fullestSite(cookies: readonly Cookie[], siteOf: (cookie: Cookie) => string) {
  const counts = new Map<string, number>();
  for (const cookie of cookies) {
    const site = siteOf(cookie);
    counts.set(site, (counts.get(site) ?? 0) + 1);
  }
  let fullest: SiteCookieCount | undefined;
  for (const [site, n] of counts) if (!fullest || n > fullest.count) fullest = { site, count: n };
  return fullest;
}

/**
 * At 180 a warning: the next cookie the site sets makes Chromium evict the least recently used
 * down to 150, silently. Near it, info.
 */
function countFinding(fullest: SiteCookieCount | undefined): AuditFinding[] {
  const max = chromeCookieLimits.perSite;
  if (!fullest || !near(fullest.count, max)) return [];
  const full = fullest.count >= max;
  return [
    {
      rule: 'site-cookie-count',
      severity: full ? 'warning' : 'info',
      reason: t(
        full ? 'audit_siteCookieCount' : 'audit_siteCookieCountNear',
        fullest.site,
        fullest.count,
        max,
        chromeCookieLimits.perSiteEvictsTo,
      ),
      source: t('audit_sourceSiteCount'),
    },
  ];
}

function request(context: SiteAuditContext): RequestContext | undefined {
  if (context.page) return pageRequest(context.page, context.now);
  if (context.pageUrl === undefined) return undefined;
  try {
    const url = new URL(context.pageUrl);
    return topLevelVisit(url, normalizeHost(url.hostname), context.now);
  } catch {
    return undefined;
  }
}

/** The `Cookie` header line, as cookie-header.ts builds it for the export: same cookies, same order. */
function headerBytes(cookies: readonly Cookie[], sentTo: RequestContext): number {
  const sent = cookiesSentTo(cookies, sentTo);
  if (sent.length === 0) return 0;
  return utf8Length(`Cookie: ${sent.map(cookiePair).join('; ')}`);
}

/** Over the limit a warning (servers answer 400 or 431); near it, info. */
function headerFinding(bytes: number): AuditFinding[] {
  if (!near(bytes, cookieHeaderLimitBytes)) return [];
  const over = bytes > cookieHeaderLimitBytes;
  return [
    {
      rule: 'cookie-header-size',
      severity: over ? 'warning' : 'info',
      reason: t('audit_headerSize', bytes, cookieHeaderLimitBytes),
      source: t('audit_sourceHeaderSize'),
    },
  ];
}

/**
 * The site-wide audit: the cookie count against Chromium's 180 a site, the Cookie header of the
 * page against the common 8 KB server limit, and the totals for a one-line summary.
 */
export function auditSite(cookies: readonly Cookie[], context: SiteAuditContext): SiteAudit {
  const siteOf = context.siteOf ?? ((cookie: Cookie) => cookieHost(cookie).toLowerCase());
  const fullest = fullestSite(cookies, siteOf);
  const findings = countFinding(fullest);
  const sentTo = request(context);
  const bytes = sentTo ? headerBytes(cookies, sentTo) : undefined;
  if (bytes !== undefined) findings.push(...headerFinding(bytes));

  const findingsOf =
    context.cookieFindings ??
    ((cookie: Cookie) => auditCookie(cookie, { pageUrl: context.pageUrl, now: context.now }));
  let warnings = countSeverity(findings, 'warning');
  let infos = countSeverity(findings, 'info');
  for (const cookie of cookies) {
    const own = findingsOf(cookie);
    warnings += countSeverity(own, 'warning');
    infos += countSeverity(own, 'info');
  }

  const parts = [
    warnings === 0 ? t('audit_noWarnings') : tn('audit_warnings', warnings),
    tn('count_cookies', cookies.length),
  ];
  if (bytes !== undefined) {
    parts.push(t('audit_cookieHeaderOf', formatBytes(bytes), formatBytes(cookieHeaderLimitBytes)));
  }
  const audit: SiteAudit = {
    findings,
    cookieCount: cookies.length,
    warnings,
    infos,
    summary: parts.join(' · '),
  };
  if (fullest) audit.fullestSite = fullest;
  if (bytes !== undefined) audit.cookieHeaderBytes = bytes;
  return audit;
}

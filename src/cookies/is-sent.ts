import { t } from '../i18n/t';
import { isSessionCookie } from './classify-lifetime';
import { type Cookie, cookieHost } from './cookie';
import {
  domainMatches,
  isPotentiallyTrustworthy,
  normalizeHost,
  pathMatches,
} from './cookie-matching';

// Whether Chromium attaches a stored cookie to a request, and if not, why. The facts that need the
// public suffix list (which site a url belongs to) come from the caller: pages import this file,
// and the list (120 KB) stays in the background (describeSites).

/** How the request is made, as far as cookies care. */
export interface RequestContext {
  url: string | URL;
  /**
   * The schemeful site of the top-level page, e.g. `https://a.test` (see schemefulSite). For a
   * top-level navigation that is the site of `url` itself. Partitioned cookies are keyed by it.
   */
  topLevelSite: string;
  /**
   * Whether the request is cross-site: its url's schemeful site differs from the top-level site
   * or from any frame between (Chromium's "site for cookies"); for a top-level navigation,
   * whether the page that starts it is cross-site to the url.
   */
  crossSite: boolean;
  /**
   * `navigation`: a top-level navigation (a link, a typed url); `subresource`: everything else,
   * iframe navigations, fetch and images included.
   */
  kind: 'navigation' | 'subresource';
  /** HTTP method; SameSite=Lax lets a cross-site top-level navigation through only when safe. */
  method?: string;
  /** Milliseconds since the epoch. */
  now: number;
  /** Third-party cookies are blocked (as in a fresh Chromium 156 profile, see page-context.ts). */
  thirdPartyCookiesBlocked?: boolean;
}

export type NotSentReason =
  | 'not-http'
  | 'expired'
  | 'domain'
  | 'host-only'
  | 'path'
  | 'secure'
  | 'other-partition'
  | 'same-site-strict'
  | 'same-site-lax'
  | 'same-site-unspecified'
  | 'third-party';

export type SendVerdict = { sent: true } | { sent: false; reason: NotSentReason };

// Short: these are a tooltip after "Not sent to this page: ". Getters, so each read is in the
// language in use (callers index the record as before).
export const notSentText: Readonly<Record<NotSentReason, string>> = {
  get 'not-http'() {
    return t('cookie_notSentNotHttp');
  },
  get expired() {
    return t('cookie_notSentExpired');
  },
  get domain() {
    return t('cookie_notSentDomain');
  },
  get 'host-only'() {
    return t('cookie_notSentHostOnly');
  },
  get path() {
    return t('cookie_notSentPath');
  },
  get secure() {
    return t('cookie_notSentSecure');
  },
  get 'other-partition'() {
    return t('cookie_notSentOtherPartition');
  },
  get 'same-site-strict'() {
    return t('cookie_notSentStrict');
  },
  get 'same-site-lax'() {
    return t('cookie_notSentLax');
  },
  get 'same-site-unspecified'() {
    return t('cookie_notSentUnspecified');
  },
  get 'third-party'() {
    return t('cookie_notSentThirdParty');
  },
};

// Fetch's "safe" methods: the only ones SameSite=Lax sends on a cross-site top-level navigation.
const safeMethod = /^(GET|HEAD|OPTIONS|TRACE)$/i;

// Chromium's "Lax-allowing-unsafe" exception, still on in Chromium 156 (pinned in
// e2e/sent-matches-server.spec.ts): a cookie without SameSite under 2 minutes old also goes on a
// cross-site top-level POST. The cookies API does not say when a cookie was created: without a
// `creationDate` the cookie counts as older.
const laxAllowingUnsafeSeconds = 120;

/** A cookie as isSent reads it; `creationDate` (seconds) only where the caller knows it. */
export type SentCookie = Pick<
  Cookie,
  | 'domain'
  | 'hostOnly'
  | 'path'
  | 'secure'
  | 'sameSite'
  | 'session'
  | 'expirationDate'
  | 'partitionKey'
> & { creationDate?: number };

/** Partition keys name sites as `https://a.test`; compare them without case or a trailing slash. */
function sameTopLevelSite(a: string, b: string): boolean {
  const normal = (site: string) => site.toLowerCase().replace(/\/$/, '');
  return normal(a) === normal(b);
}

function parse(url: string | URL): URL | undefined {
  if (typeof url !== 'string') return url;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * Whether a request in `context` carries `cookie` (RFC 6265bis §5.8.3 as Chromium applies it:
 * SameSite absent counts as Lax, partitioned cookies only in their own partition).
 */
export function isSent(cookie: SentCookie, context: RequestContext): SendVerdict {
  const url = parse(context.url);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    return { sent: false, reason: 'not-http' };
  // The browser drops an expired cookie when it next looks; until then the API may still list it.
  if (!isSessionCookie(cookie) && (cookie.expirationDate as number) * 1000 <= context.now)
    return { sent: false, reason: 'expired' };
  if (!domainMatches(url.hostname, cookie)) {
    const host = normalizeHost(url.hostname);
    const onSubdomain = host.endsWith(`.${cookieHost(cookie).toLowerCase()}`);
    return { sent: false, reason: cookie.hostOnly && onSubdomain ? 'host-only' : 'domain' };
  }
  if (!pathMatches(url.pathname || '/', cookie.path)) return { sent: false, reason: 'path' };
  if (cookie.secure && !isPotentiallyTrustworthy(url)) return { sent: false, reason: 'secure' };

  // A top-level navigation is first-party to where it goes, whoever started it.
  const thirdParty = context.kind === 'subresource' && context.crossSite;
  const partition = cookie.partitionKey;
  if (partition?.topLevelSite !== undefined) {
    const ownPartition =
      sameTopLevelSite(partition.topLevelSite, context.topLevelSite) &&
      // Chromium 130+ keys partitions on whether the frame has a cross-site ancestor too.
      (partition.hasCrossSiteAncestor === undefined ||
        partition.hasCrossSiteAncestor === thirdParty);
    if (!ownPartition) return { sent: false, reason: 'other-partition' };
  }

  if (context.crossSite) {
    if (cookie.sameSite === 'strict') return { sent: false, reason: 'same-site-strict' };
    if (cookie.sameSite === 'lax' || cookie.sameSite === 'unspecified') {
      const young =
        cookie.sameSite === 'unspecified' &&
        cookie.creationDate !== undefined &&
        context.now / 1000 - cookie.creationDate < laxAllowingUnsafeSeconds;
      const laxAllows =
        context.kind === 'navigation' && (safeMethod.test(context.method ?? 'GET') || young);
      if (!laxAllows)
        return {
          sent: false,
          reason: cookie.sameSite === 'lax' ? 'same-site-lax' : 'same-site-unspecified',
        };
    }
  }
  // Third-party blocking spares partitioned cookies: that is what partitions are for.
  if (thirdParty && partition?.topLevelSite === undefined && context.thirdPartyCookiesBlocked)
    return { sent: false, reason: 'third-party' };
  return { sent: true };
}

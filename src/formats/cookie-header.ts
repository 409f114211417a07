import type { Cookie, CookieDraft } from '../cookies/cookie';
import { normalizeHost } from '../cookies/cookie-matching';
import { isSent, type RequestContext } from '../cookies/is-sent';
import { isolateBidi } from '../cookies/isolate-bidi';
import { t } from '../i18n/t';
import { shownName } from '../text/cookie-label';
import { type ImportEntry, type ImportParse, type ImportTarget, rejected } from './import-entry';

// The value of a `Cookie` request header: `name=value; name2=value2`, nothing else. Values go out
// and come in verbatim: Cookie-Editor's header format percent-encodes and decodes them, which
// changes any value holding `%` or non-ASCII.

/** `name=value` as a browser sends it; a cookie without a name is sent as its value alone. */
export function cookiePair(cookie: Pick<Cookie, 'name' | 'value'>): string {
  if (cookie.name !== '') return `${cookie.name}=${cookie.value}`;
  // Browsers send a nameless `a=b` as `a=b`, which reads back as name `a`: `=a=b` keeps it
  // nameless for any reader that splits at the first `=`.
  return cookie.value.includes('=') ? `=${cookie.value}` : cookie.value;
}

// A `;` or a control character would end the pair or the header; the browser never stores one.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const breaksHeader = /[\u0000-\u0008\u000a-\u001f\u007f;]/;

/**
 * The cookies among `cookies` that the request carries (isSent: expiry, domain, path, Secure,
 * SameSite, partition), in the order a browser sends them (RFC 6265 §5.4: longer paths first,
 * then the given order).
 */
export function cookiesSentTo(cookies: readonly Cookie[], request: RequestContext): Cookie[] {
  return cookies
    .filter((c) => isSent(c, request).sent && !breaksHeader.test(c.name + c.value))
    .map((cookie, index) => ({ cookie, index }))
    .sort((a, b) => b.cookie.path.length - a.cookie.path.length || a.index - b.index)
    .map(({ cookie }) => cookie);
}

export function exportCookieHeader(cookies: readonly Cookie[], request: RequestContext): string {
  return cookiesSentTo(cookies, request).map(cookiePair).join('; ');
}

/**
 * Every pair becomes a host-only session cookie on the url's host with path `/`, Secure when the
 * url is https: a header holds names and values only, so that is the most a paste can mean.
 */
export function parseCookieHeader(text: string, target: ImportTarget & { url: URL }): ImportParse {
  const { url } = target;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, error: t('format_notHttpUrl', url.protocol) };
  }
  // Accept a whole header line as copied from DevTools (`Cookie: a=1`).
  const header = text
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^cookie:\s+/i, '');
  const seen = new Set<string>();
  const entries: ImportEntry[] = [];
  for (const piece of header.split(';')) {
    const pair = piece.trim();
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    // RFC 6265bis §5.6: a pair without `=` is a cookie with an empty name.
    const name = eq < 0 ? '' : pair.slice(0, eq).trim();
    const value = eq < 0 ? pair : pair.slice(eq + 1).trim();
    if (seen.has(name)) {
      // A header repeats a name when cookies of several paths or domains share it; here they
      // would all land on the same host and path, the later ones replacing the first.
      entries.push(rejected(pair, t('format_headerRepeatedName', isolateBidi(shownName(name)))));
      continue;
    }
    seen.add(name);
    const draft: CookieDraft = {
      name,
      value,
      domain: normalizeHost(url.hostname),
      hostOnly: true,
      path: '/',
      secure: url.protocol === 'https:',
      httpOnly: false,
      sameSite: 'unspecified',
      storeId: target.storeId,
    };
    entries.push({ ok: true, draft, source: pair, issues: [] });
  }
  return { ok: true, entries };
}

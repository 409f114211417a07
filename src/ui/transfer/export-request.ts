import type { RequestContext } from '../../cookies/is-sent';
import {
  schemefulSite,
  thirdPartyCookiesBlockedByDefault,
  topLevelVisit,
} from '../../cookies/page-context';
import { t } from '../../i18n/t';

/** A request an export stands for, but for the time it is made. */
export type ExportRequest = Omit<RequestContext, 'now'>;

export type ExportUrls =
  | { ok: true; url: URL; top: URL | undefined }
  | { ok: false; error: string };

function httpUrl(text: string): URL | undefined {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The url the cookies are for and, optionally, the top-level page that makes the request. */
export function parseExportUrls(urlText: string, topText: string): ExportUrls {
  const url = httpUrl(urlText);
  if (!url) return { ok: false, error: t('export_enterUrl') };
  if (topText.trim() === '') return { ok: true, url, top: undefined };
  const top = httpUrl(topText);
  if (!top) return { ok: false, error: t('export_enterTopUrl') };
  return { ok: true, url, top };
}

/**
 * Without a top-level page, the url is visited at top level (typed, or fetched by curl): first
 * party. With one, the url is requested from that page, cross-site if their sites differ; the
 * registrable domains come from the background.
 */
export function exportRequest(
  urls: { url: URL; top: URL | undefined },
  sites: { url: string; top: string | undefined },
): ExportRequest {
  if (!urls.top || sites.top === undefined) {
    const { now: _now, ...visit } = topLevelVisit(urls.url, sites.url, 0);
    return visit;
  }
  const topLevelSite = schemefulSite(urls.top, sites.top);
  return {
    url: urls.url,
    topLevelSite,
    crossSite: schemefulSite(urls.url, sites.url) !== topLevelSite,
    kind: 'subresource',
    thirdPartyCookiesBlocked: thirdPartyCookiesBlockedByDefault,
  };
}

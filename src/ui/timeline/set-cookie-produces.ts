import { normalizeHost } from '../../cookies/cookie-matching';
import { deletesCookie, type RecordedRequest, type SetCookieInstruction } from './recorded-request';
import type { TimelineEntry } from './timeline-entries';

/** RFC 6265 §5.1.4: the directory of the request path, the path a cookie gets without Path. */
export function defaultCookiePath(requestPath: string): string {
  if (!requestPath.startsWith('/')) return '/';
  const lastSlash = requestPath.lastIndexOf('/');
  return lastSlash === 0 ? '/' : requestPath.slice(0, lastSlash);
}

/** The host a Domain attribute names, as the cookie store writes it (punycode, lower case). */
function domainAttributeHost(domain: string): string | undefined {
  try {
    return normalizeHost(new URL(`http://${domain}/`).hostname);
  } catch {
    return undefined;
  }
}

/**
 * Whether this Set-Cookie of this response yields exactly the change of the entry: same name,
 * same value for a creation or change, same domain (host-only from the request's host, or the
 * Domain attribute the request host is in), same path (the default path without Path), same
 * partitioning, and a past expiry exactly when the entry is a deletion.
 */
export function setCookieProduces(
  request: Pick<RecordedRequest, 'url'>,
  instruction: SetCookieInstruction,
  entry: TimelineEntry,
): boolean {
  if (instruction.name !== entry.name) return false;
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return false;
  }
  const requestHost = normalizeHost(url.hostname);
  const hostOnly = !entry.domain.startsWith('.');
  const entryHost = normalizeHost(hostOnly ? entry.domain : entry.domain.slice(1));
  if (instruction.domain === undefined) {
    if (!hostOnly || entryHost !== requestHost) return false;
  } else {
    const domain = domainAttributeHost(instruction.domain);
    if (hostOnly || domain !== entryHost) return false;
    if (requestHost !== domain && !requestHost.endsWith(`.${domain}`)) return false;
  }
  // Path without a leading "/" is ignored (RFC 6265 §5.2.4).
  const path = instruction.path?.startsWith('/')
    ? instruction.path
    : defaultCookiePath(url.pathname);
  if (path !== entry.path) return false;
  if (Boolean(instruction.partitioned) !== (entry.partitionSite !== undefined)) return false;

  const deletes = deletesCookie(instruction, entry.time);
  switch (entry.action) {
    case 'deleted':
      return deletes;
    case 'created':
    case 'changed':
      return !deletes && instruction.value === entry.newValue;
    case 'overwritten':
      // The add that follows an overwrite brings the new value; until then any value may fit.
      return !deletes;
    default:
      // Expiry and eviction are the browser's own doing.
      return false;
  }
}

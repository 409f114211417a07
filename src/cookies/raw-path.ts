import { t } from '../i18n/t';
import { canonicalPath } from './canonical-path';
import { isolateBidi } from './isolate-bidi';

/**
 * Why a cookie whose path the site sent unencoded (`Set-Cookie: a=1; Path=/x y`) cannot be edited
 * or deleted here; nothing for an ordinary path. Chrome stores such a path as sent, but
 * `cookies.set` and `cookies.remove` encode their url, so every write lands on `/x%20y`, another
 * cookie, and the browser never sends this one (pages request `/x%20y`). Pinned in
 * e2e/raw-cookie-path.spec.ts.
 */
export function rawPathReason(path: string): string | undefined {
  const encoded = canonicalPath(path);
  if (encoded === path) return undefined;
  return t('cookie_rawPath', isolateBidi(path), encoded);
}

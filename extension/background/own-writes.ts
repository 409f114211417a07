import type { SetDetails } from '../../src/cookies/set-details';

// A write's onChanged events arrive within milliseconds; two seconds is generous and still
// too short to mistake a later change by the page for ours.
const windowMs = 2000;
const recent = new Map<string, number>();

function looseKey(storeId: string, name: string, host: string, path: string): string {
  return JSON.stringify([storeId, name, host.replace(/^\./, '').toLowerCase(), path]);
}

/** Notes that this extension is about to write this cookie, so its change events say so. */
export function noteOwnWrite(
  details: Pick<SetDetails, 'url' | 'name' | 'storeId'> & { domain?: string; path?: string },
) {
  const url = new URL(details.url);
  const now = Date.now();
  // Pruned only when large, so a bulk write of thousands of cookies stays linear.
  if (recent.size > 10_000)
    for (const [key, at] of recent) if (now - at > windowMs) recent.delete(key);
  recent.set(
    looseKey(
      details.storeId,
      details.name,
      details.domain ?? url.hostname,
      details.path ?? url.pathname,
    ),
    now,
  );
}

export function isOwnWrite(cookie: {
  storeId: string;
  name: string;
  domain: string;
  path: string;
}): boolean {
  const at = recent.get(looseKey(cookie.storeId, cookie.name, cookie.domain, cookie.path));
  return at !== undefined && Date.now() - at <= windowMs;
}

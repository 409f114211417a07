import { cookieHost } from '../../cookies/cookie';
import { normalizeHost } from '../../cookies/cookie-matching';

/**
 * The site of a host without the public suffix list: its last two labels. Only a fallback for
 * when the background cannot say (it holds the list; pages stay free of its 120 KB): it is
 * right for `sub.a.test` → `a.test` but wrong for `shop.example.co.uk`, which it files under
 * `co.uk`. IP addresses and single-label hosts (localhost) are their own site.
 */
export function approximateSite(host: string): string {
  const normalized = normalizeHost(cookieHost(host));
  if (normalized.includes(':') || /^[\d.]+$/.test(normalized)) return normalized;
  return normalized.split('.').slice(-2).join('.');
}

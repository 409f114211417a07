import { cookieHost } from '../cookies/cookie';
import { t } from '../i18n/t';

/**
 * The domains a block rule covers. `a.test`: cookies whose host is a.test, host-only or domain
 * cookie alike (both are sent to a.test). `*.a.test`: those of a.test and of every subdomain,
 * which is what a site that sets its cookie from `www.` or `login.` needs. A leading dot, the
 * cookies API's mark of a domain cookie, reads as `*.`: people copy it from a cookie's domain.
 */
export interface BlockPattern {
  host: string;
  subdomains: boolean;
}

export type BlockPatternRead = { ok: true; pattern: BlockPattern } | { ok: false; error: string };

const maxPatternLength = 253;

export function parseBlockPattern(text: string): BlockPatternRead {
  const trimmed = text.trim().toLowerCase();
  const subdomains = trimmed.startsWith('*.') || trimmed.startsWith('.');
  const host = trimmed.replace(/^\*?\./, '');
  if (host === '') return { ok: false, error: t('protect_blockDomainEmpty') };
  if (host.length > maxPatternLength || !/^[a-z0-9._:[\]-]+$/.test(host) || host.includes('..')) {
    return {
      ok: false,
      error: t('protect_blockDomainInvalid', text),
    };
  }
  return { ok: true, pattern: { host, subdomains } };
}

/** The rule's text as shown and stored: `a.test` or `*.a.test`. */
export function blockPatternText(pattern: BlockPattern): string {
  return pattern.subdomains ? `*.${pattern.host}` : pattern.host;
}

export function hostMatchesPattern(domain: string, pattern: BlockPattern): boolean {
  const host = cookieHost(domain).toLowerCase();
  return host === pattern.host || (pattern.subdomains && host.endsWith(`.${pattern.host}`));
}

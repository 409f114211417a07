import { useMemo } from 'preact/hooks';
import type { AuditIndex } from '../../audit/audit-index';
import type { SiteAudit } from '../../audit/audit-site';
import { auditEngine } from '../../audit/load-audit';
import type { Cookie } from '../../cookies/cookie';
import type { PageContext } from '../../cookies/page-context';
import { useLazyModule } from '../use-lazy-module';

export interface Audit {
  index: AuditIndex;
  /** The site summary: with a page (popup, panel) only. */
  site?: SiteAudit;
}

/**
 * The audit of a list, once its code has arrived (fetched after the first render), computed again
 * only when the list or the page changes: every keystroke of a search reads it.
 */
export function useAudit(
  cookies: readonly Cookie[],
  where: { page?: PageContext; pageUrl?: string; site?: string },
): Audit | undefined {
  // Without the audit (a failed load) the list still works; marks and `has:` stay empty.
  const { module: engine } = useLazyModule(auditEngine);
  const { page, pageUrl, site } = where;
  return useMemo(() => {
    if (!engine) return undefined;
    const now = Date.now();
    const index = engine.auditCookies(cookies, { pageUrl, now, jwtOf: engine.jwtFactsOf });
    if (!page) return { index };
    const siteAudit = engine.auditSite(cookies, {
      pageUrl,
      now,
      page,
      ...(site ? { siteOf: () => site } : {}),
      cookieFindings: index.findings,
    });
    return { index, site: siteAudit };
  }, [engine, cookies, page, pageUrl, site]);
}

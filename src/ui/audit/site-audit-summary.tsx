import type { SiteAudit } from '../../audit/audit-site';

/** The site's audit in one line under its header; the site-wide findings in its tooltip. */
export function SiteAuditSummary({ audit }: { audit: SiteAudit }) {
  const details = audit.findings.map((f) => `${f.reason} (${f.source})`).join('\n');
  return (
    <p
      class={`site-audit${audit.warnings > 0 ? ' has-warnings' : ''}`}
      data-testid="site-audit"
      {...(details ? { title: details } : {})}
    >
      {audit.summary}
    </p>
  );
}

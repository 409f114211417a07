import type { AuditFinding } from '../../audit/audit-finding';
import { t } from '../../i18n/t';

/** A cookie's (or site's) findings in full: each reason, how much it matters, and its rule. */
export function AuditFindings({ findings }: { findings: readonly AuditFinding[] }) {
  if (findings.length === 0) {
    return (
      <p class="audit-clean" data-testid="audit-clean">
        {t('audit_noFinding')}
      </p>
    );
  }
  // Warnings first: they are what to act on.
  const sorted = [...findings].sort(
    (a, b) => Number(b.severity === 'warning') - Number(a.severity === 'warning'),
  );
  return (
    <ul class="audit-findings" data-testid="audit-findings">
      {sorted.map((finding) => (
        <li
          key={finding.rule}
          class={`audit-finding ${finding.severity}`}
          data-testid="audit-finding"
          data-rule={finding.rule}
          data-severity={finding.severity}
        >
          <span class="audit-severity">
            {t(finding.severity === 'warning' ? 'audit_severityWarning' : 'audit_severityNote')}
          </span>{' '}
          <span class="audit-reason">{finding.reason}</span>{' '}
          <span class="audit-source">({finding.source})</span>
        </li>
      ))}
    </ul>
  );
}

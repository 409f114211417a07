import type { AuditFinding } from '../../audit/audit-finding';

/** A cookie's (or site's) findings in full: each reason, how much it matters, and its rule. */
export function AuditFindings({ findings }: { findings: readonly AuditFinding[] }) {
  if (findings.length === 0) {
    return (
      <p class="audit-clean" data-testid="audit-clean">
        No security finding.
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
          <span class="audit-severity">{finding.severity === 'warning' ? 'Warning' : 'Note'}</span>{' '}
          <span class="audit-reason">{finding.reason}</span>{' '}
          <span class="audit-source">({finding.source})</span>
        </li>
      ))}
    </ul>
  );
}

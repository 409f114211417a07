import type { AuditFinding } from '../../audit/audit-finding';
import { tn } from '../../i18n/t';

/**
 * The quiet mark a row carries when its cookie has warnings: a sign and their count, the reasons
 * in its tooltip and accessible name. Notes (SameSite unset…) stay in the details pane: on
 * nearly every cookie, a mark for them would be noise.
 */
export function AuditMarker({ findings }: { findings: readonly AuditFinding[] }) {
  const warnings = findings.filter((f) => f.severity === 'warning');
  if (warnings.length === 0) return null;
  const reasons = warnings.map((f) => f.reason).join('\n');
  const label = tn('audit_markerLabel', warnings.length, reasons);
  return (
    <span
      class="audit-marker"
      data-testid="audit-marker"
      title={label}
      role="img"
      aria-label={label}
    >
      ⚠{warnings.length > 1 ? warnings.length : ''}
    </span>
  );
}

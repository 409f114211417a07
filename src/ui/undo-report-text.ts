import type { UndoReport } from '../journal/undo-action';
import { plural } from '../text/plural';

/** What an undo did, for the notice in the popup, the panel and the manager alike. */
export function undoReportText(report: UndoReport, what = 'Undone'): string {
  const parts = [`${what}: ${plural(report.restored, 'cookie')} restored.`];
  if (report.failures.length > 0) parts.push(`Not restored: ${report.failures.join(' ')}`);
  if (report.remaining > 0)
    parts.push(`Undo again to retry ${plural(report.remaining, 'cookie')}.`);
  return parts.join(' ');
}

import { t, tn } from '../i18n/t';
import type { UndoReport } from '../journal/undo-action';

/**
 * What an undo did, for the notice in the popup, the panel and the manager alike. `what` is a
 * whole translated phrase naming the undo (the manager's "Undone "…""); plain "Undone" without.
 */
export function undoReportText(report: UndoReport, what = t('ui_undone')): string {
  const parts = [t('ui_undoRestored', what, tn('count_cookies', report.restored))];
  if (report.failures.length > 0) parts.push(t('ui_notRestored', report.failures.join(' ')));
  if (report.remaining > 0) parts.push(tn('ui_undoRetry', report.remaining));
  return parts.join(' ');
}

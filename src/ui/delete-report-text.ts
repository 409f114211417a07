import type { DeleteReport } from '../journal/delete-action';
import { plural } from '../text/plural';
import type { Notice } from './undo-notice';

/**
 * What a delete did, in words: how many went (never counting those already gone), which were
 * gone already, which the site changed meanwhile and were kept, which failed. Undo when there
 * is something to undo.
 */
export function deleteNotice(report: DeleteReport, what: (deleted: number) => string): Notice {
  const parts = [
    report.deleted === 0 ? 'Nothing was deleted.' : `Deleted ${what(report.deleted)}.`,
  ];
  if (report.alreadyGone.length === 1) parts.push(`${report.alreadyGone[0]} was already gone.`);
  else if (report.alreadyGone.length > 1) {
    parts.push(
      `${plural(report.alreadyGone.length, 'cookie')} were already gone: ${report.alreadyGone.join(', ')}.`,
    );
  }
  parts.push(...report.changed, ...report.failures);
  const text = parts.join(' ');
  return report.journalId === undefined ? { text } : { text, journalId: report.journalId };
}

import { t, tn } from '../i18n/t';
import type { DeleteReport } from '../journal/delete-action';
import type { Notice } from './undo-notice';

/**
 * What a delete did, in words: how many went (never counting those already gone), which were
 * gone already, which the site changed meanwhile and were kept, which failed. Undo when there
 * is something to undo.
 */
export function deleteNotice(report: DeleteReport, what: (deleted: number) => string): Notice {
  const parts = [
    report.deleted === 0 ? t('delete_nothing') : t('delete_deleted', what(report.deleted)),
  ];
  const [onlyGone] = report.alreadyGone;
  if (report.alreadyGone.length === 1 && onlyGone) parts.push(t('delete_alreadyGone', onlyGone));
  else if (report.alreadyGone.length > 1) {
    parts.push(
      t(
        'delete_alreadyGoneList',
        tn('count_cookies', report.alreadyGone.length),
        report.alreadyGone.join(', '),
      ),
    );
  }
  parts.push(...report.changed, ...report.failures);
  const text = parts.join(' ');
  return report.journalId === undefined ? { text } : { text, journalId: report.journalId };
}

import { isolateBidi } from '../../cookies/isolate-bidi';
import { t, tn, uiLocale } from '../../i18n/t';
import type { RestoreReport } from '../../protocol/snapshot-protocol';
import type { Notice } from '../undo-notice';

let oneDecimal: { locale: string; format: Intl.NumberFormat } | undefined;
/** Sizes keep one decimal ("12.4 KB"), in the user's own decimal mark. */
const decimal = (value: number) => {
  // Made again when the locale changes (only tests switch it): a format costs a lookup.
  const locale = uiLocale();
  if (oneDecimal?.locale !== locale) {
    const options = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
    oneDecimal = { locale, format: new Intl.NumberFormat(locale, options) };
  }
  return oneDecimal.format.format(value);
};

/** Bytes as the list shows them: "820 B", "12.4 KB", "1.2 MB". */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return t('snapshot_sizeBytes', bytes);
  if (bytes < 1024 * 1024) return t('snapshot_sizeKilobytes', decimal(bytes / 1024));
  return t('snapshot_sizeMegabytes', decimal(bytes / 1024 / 1024));
}

/** The default store reads as such; any other by its id (a container, a private window). */
export function storeText(storeId: string): string {
  return storeId === '0' || storeId === 'firefox-default'
    ? t('snapshot_storeDefault')
    : t('snapshot_storeId', storeId);
}

/** "3 cookies written, 2 removed": what a restore changed, or undefined when nothing. */
function changesText(report: RestoreReport): string | undefined {
  const written = report.written > 0 ? tn('snapshot_cookiesWritten', report.written) : undefined;
  const removed = report.removed > 0 ? t('snapshot_countRemoved', report.removed) : undefined;
  if (written !== undefined && removed !== undefined)
    return t('snapshot_listTwo', written, removed);
  return written ?? removed;
}

/** What a restore or a switch did, for the notice with Undo. */
export function restoreNotice(report: RestoreReport): Notice {
  const name = isolateBidi(report.name);
  const changes = changesText(report);
  const headline =
    report.savedAs === undefined
      ? changes === undefined
        ? t('snapshot_restoredNothing', name)
        : t('snapshot_restored', name, changes)
      : changes === undefined
        ? t('snapshot_switchedNothing', isolateBidi(report.savedAs), name)
        : t('snapshot_switched', isolateBidi(report.savedAs), name, changes);
  const problems = [
    ...report.expired.map((note) => note.reason),
    ...report.invalid.map((note) => t('snapshot_notRestored', note.reason)),
    ...report.failed.map((reason) => t('snapshot_leftAsIs', reason)),
    ...report.notes,
  ];
  const text = [headline, ...problems].join(' ');
  return report.journalId === undefined ? { text } : { text, journalId: report.journalId };
}

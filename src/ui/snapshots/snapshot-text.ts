import { isolateBidi } from '../../cookies/isolate-bidi';
import type { RestoreReport } from '../../protocol/snapshot-protocol';
import { plural } from '../../text/plural';
import type { Notice } from '../undo-notice';

/** Bytes as the list shows them: "820 B", "12.4 KB", "1.2 MB". */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The default store reads as such; any other by its id (a container, a private window). */
export function storeText(storeId: string): string {
  return storeId === '0' || storeId === 'firefox-default' ? 'default store' : `store ${storeId}`;
}

const quote = (name: string) => `"${isolateBidi(name)}"`;

/** What a restore or a switch did, for the notice with Undo. */
export function restoreNotice(report: RestoreReport): Notice {
  const done = [
    report.written > 0 ? `${plural(report.written, 'cookie')} written` : '',
    report.removed > 0 ? `${report.removed} removed` : '',
  ].filter(Boolean);
  const parts = [
    report.savedAs === undefined
      ? `Restored snapshot ${quote(report.name)}`
      : `Saved the cookies as ${quote(report.savedAs)}, then restored ${quote(report.name)}`,
    done.length > 0 ? `: ${done.join(', ')}.` : ': nothing to change.',
  ];
  const problems = [
    ...report.expired.map((note) => note.reason),
    ...report.invalid.map((note) => `Not restored: ${note.reason}`),
    ...report.failed.map((reason) => `Left as it is: ${reason}`),
    ...report.notes,
  ];
  const text = [parts.join(''), ...problems].join(' ');
  return report.journalId === undefined ? { text } : { text, journalId: report.journalId };
}

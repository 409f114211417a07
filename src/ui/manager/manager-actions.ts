import type { Cookie } from '../../cookies/cookie';
import type { JournalSummary } from '../../journal/journal-entry';
import type { ProtocolClient } from '../../protocol/protocol-client';
import { deleteNotice } from '../delete-report-text';
import type { Notice } from '../undo-notice';
import { formatSiteList, plural } from './selection-summary';

// What each manager action asks of the background, and what the user is told afterwards.
// A failure throws (the caller shows it); a partial failure is said in the notice.

type Client = Pick<ProtocolClient, 'deleteCookies' | 'undo' | 'clearHistory'>;

const named = (cookie: Cookie) =>
  `"${cookie.name === '' ? '(no name)' : cookie.name}" of ${cookie.domain}${cookie.path}`;

export async function deleteOneCookie(client: Client, cookie: Cookie): Promise<Notice> {
  const report = await client.deleteCookies({ cookies: [cookie] });
  return deleteNotice(report, () => named(cookie));
}

/**
 * Deletes exactly these cookies, as the browser has them (loss-free, one undo journal entry).
 * `withoutUndo` once the user agreed to go on when the undo data would not fit.
 */
export async function deleteSelectedCookies(
  client: Client,
  cookies: Cookie[],
  sites: string[],
  options: { withoutUndo?: true } = {},
): Promise<Notice> {
  const report = await client.deleteCookies({ cookies, ...options });
  return deleteNotice(report, (count) => `${plural(count, 'cookie')} of ${formatSiteList(sites)}`);
}

export async function undoHistoryEntry(client: Client, entry: JournalSummary): Promise<Notice> {
  const { restored, failures, remaining } = await client.undo({ entryId: entry.id });
  const parts = [`Undone "${entry.label}": ${plural(restored, 'cookie')} restored.`];
  if (failures.length > 0) parts.push(`Not restored: ${failures.join(' ')}`);
  if (remaining > 0) parts.push(`Undo again to retry ${plural(remaining, 'cookie')}.`);
  return { text: parts.join(' ') };
}

export async function clearAllHistory(client: Client): Promise<Notice> {
  const { cleared } = await client.clearHistory({});
  return { text: `Cleared ${plural(cleared, 'past action')} and the cookie values kept for them.` };
}

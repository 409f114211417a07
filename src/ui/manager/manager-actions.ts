import type { Cookie } from '../../cookies/cookie';
import { t, tn } from '../../i18n/t';
import type { JournalSummary } from '../../journal/journal-entry';
import type { ProtocolClient } from '../../protocol/protocol-client';
import { cookieLabel } from '../../text/cookie-label';
import { deleteNotice } from '../delete-report-text';
import type { Notice } from '../undo-notice';
import { undoReportText } from '../undo-report-text';
import { formatSiteList } from './selection-summary';

// What each manager action asks of the background, and what the user is told afterwards.
// A failure throws (the caller shows it); a partial failure is said in the notice.

type Client = Pick<ProtocolClient, 'deleteCookies' | 'undo' | 'clearHistory'>;

export async function deleteOneCookie(client: Client, cookie: Cookie): Promise<Notice> {
  const report = await client.deleteCookies({ cookies: [cookie] });
  return deleteNotice(report, () => cookieLabel(cookie));
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
  return deleteNotice(report, (count) =>
    tn('manager_cookiesOfSites', count, formatSiteList(sites)),
  );
}

export async function undoHistoryEntry(client: Client, entry: JournalSummary): Promise<Notice> {
  const report = await client.undo({ entryId: entry.id });
  return { text: undoReportText(report, t('manager_undoneEntry', entry.label)) };
}

export async function clearAllHistory(client: Client): Promise<Notice> {
  const { cleared } = await client.clearHistory({});
  return { text: tn('manager_historyCleared', cleared) };
}

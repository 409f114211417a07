import type { Cookie } from '../../cookies/cookie';
import type { JournalSummary } from '../../cookies/undo-journal';
import type { ProtocolClient } from '../../protocol/protocol-client';
import type { Notice } from '../undo-notice';
import { formatSiteList, plural } from './selection-summary';

// What each manager action asks of the background, and what the user is told afterwards.
// A failure throws (the caller shows it); a partial failure is said in the notice.

type Client = Pick<ProtocolClient, 'deleteCookie' | 'deleteCookies' | 'undo' | 'clearHistory'>;

const undoable = (text: string, journalId: number | undefined): Notice =>
  journalId === undefined ? { text } : { text, journalId };

const named = (cookie: Cookie) =>
  `"${cookie.name === '' ? '(no name)' : cookie.name}" of ${cookie.domain}${cookie.path}`;

export async function deleteOneCookie(client: Client, cookie: Cookie): Promise<Notice> {
  const { journalId } = await client.deleteCookie({ cookie });
  return undoable(`Deleted ${named(cookie)}.`, journalId);
}

/** Deletes exactly these cookies (loss-free, one undo journal entry). */
export async function deleteSelectedCookies(
  client: Client,
  cookies: Cookie[],
  sites: string[],
): Promise<Notice> {
  const { deleted, failures, journalId } = await client.deleteCookies({ cookies });
  const text = `Deleted ${plural(deleted, 'cookie')} of ${formatSiteList(sites)}.`;
  const failed =
    failures.length === 0 ? '' : ` ${failures.length} could not be deleted: ${failures.join(' ')}`;
  return undoable(`${text}${failed}`, journalId);
}

export async function undoHistoryEntry(client: Client, entry: JournalSummary): Promise<Notice> {
  const { restored, failures } = await client.undo({ entryId: entry.id });
  const text = `Undone "${entry.label}": ${plural(restored, 'cookie')} restored.`;
  return { text: failures.length === 0 ? text : `${text} Not restored: ${failures.join(' ')}` };
}

export async function clearAllHistory(client: Client): Promise<Notice> {
  const { cleared } = await client.clearHistory({});
  return { text: `Cleared ${plural(cleared, 'past action')} from the history.` };
}

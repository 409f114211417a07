import { lookupIn, type MessagesFile } from '../../i18n/messages-file';
import { setMessageLookup, t, uiLocale } from '../../i18n/t';

/** Which messages the page shows: the worker reads the same ones. */
export interface WorkerLocale {
  /** The locale folder of the messages in use (`de`, `pt_BR`). */
  folder: string;
  /** The browser's UI language, for numbers. */
  ui: string;
}

/** The page's side: the language its t() answers in (messagesLocale names the folder). */
export function pageLocale(): WorkerLocale {
  return { folder: t('messagesLocale').replace('-', '_'), ui: uiLocale() };
}

async function messagesOf(folder: string): Promise<MessagesFile> {
  try {
    const response = await fetch(`/_locales/${folder}/messages.json`);
    return response.ok ? ((await response.json()) as MessagesFile) : {};
  } catch {
    return {};
  }
}

let installed: Promise<void> | undefined;

/**
 * A dedicated worker has no chrome.i18n (only extension pages and the service worker do), yet
 * the parse errors and notes it writes are shown to the user: it reads the page's messages.json
 * from the extension itself and answers t() from it as the browser would, falling back to
 * English per message (default_locale).
 */
export function installWorkerMessages(locale: WorkerLocale): Promise<void> {
  const api = (globalThis as { chrome?: { i18n?: { getMessage?: unknown } } }).chrome?.i18n;
  if (typeof api?.getMessage === 'function') return Promise.resolve();
  installed ??= (async () => {
    const english = messagesOf('en');
    // English is the fallback as well as, often, the language itself: read it once.
    const own = locale.folder === 'en' ? english : messagesOf(locale.folder);
    setMessageLookup(lookupIn(await own, await english), locale.ui);
  })();
  return installed;
}

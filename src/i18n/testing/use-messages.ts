import de from '../../../public/_locales/de/messages.json' with { type: 'json' };
import en from '../../../public/_locales/en/messages.json' with { type: 'json' };
import { evaluateMessage, type MessagesFile } from '../messages-file';
import { setMessageLookup } from '../t';

export const locales: Record<string, MessagesFile> = { en, de };

/**
 * Unit tests run without a browser: answer `t()` from our messages.json files the way the
 * browser does, falling back to English (the manifest's default_locale) per message.
 */
export function useMessages(language: 'en' | 'de', uiLanguage: string = language): void {
  const messages = locales[language] as MessagesFile;
  const fallback = locales.en as MessagesFile;
  setMessageLookup((key, substitutions) => {
    const entry = messages[key] ?? fallback[key];
    return entry ? evaluateMessage(entry, substitutions) : '';
  }, uiLanguage);
}

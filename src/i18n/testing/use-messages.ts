import de from '../../../public/_locales/de/messages.json' with { type: 'json' };
import en from '../../../public/_locales/en/messages.json' with { type: 'json' };
import { lookupIn, type MessagesFile } from '../messages-file';
import { setMessageLookup } from '../t';

export const locales: Record<string, MessagesFile> = { en, de };

/**
 * Unit tests run without a browser: answer `t()` from our messages.json files the way the
 * browser does, falling back to English (the manifest's default_locale) per message.
 */
export function useMessages(language: 'en' | 'de', uiLanguage: string = language): void {
  setMessageLookup(
    lookupIn(locales[language] as MessagesFile, locales.en as MessagesFile),
    uiLanguage,
  );
}

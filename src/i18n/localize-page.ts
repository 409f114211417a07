import { t } from './t';

/**
 * An extension page in the user's language: its title (the HTML <title> is the English fallback
 * until this runs) and its `lang`, which screen readers use to pick a voice and browsers to
 * hyphenate. The language is that of the messages shown, not the UI language: a Polish browser
 * shows our English text, and a German voice must not read it.
 */
export function localizePage(title: string): void {
  document.title = title;
  document.documentElement.lang = t('messagesLocale');
}

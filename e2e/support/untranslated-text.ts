import { readFileSync } from 'node:fs';
import type { MessageEntry } from '../../src/i18n/messages-file';

const read = (language: string): Record<string, MessageEntry> =>
  JSON.parse(
    readFileSync(
      new URL(`../../public/_locales/${language}/messages.json`, import.meta.url),
      'utf8',
    ),
  );

/**
 * English sentences that must not appear on a page shown in `language`: every English message
 * with some words in it, cut at its first substitution (the words before one are fixed text),
 * whose translation differs. Catches a string that bypassed t() as well as a missing
 * translation; message keys showing instead of text are caught by `keyPattern`.
 */
export function englishPhrases(language: string): string[] {
  const english = read('en');
  const other = read(language);
  const phrases = new Set<string>();
  for (const [key, entry] of Object.entries(english)) {
    if (other[key]?.message === entry.message) continue;
    const fixed =
      entry.message
        .split(/\$[A-Za-z0-9_]+\$/)[0]
        ?.replace(/\$\$/g, '$')
        .trim() ?? '';
    // Two words at least, so that single technical words shared by both languages never count.
    if (/\S+\s+\S+\s+\S+/.test(fixed) && fixed.length >= 12) phrases.add(fixed);
  }
  return [...phrases];
}

/** A message key where its text should be (what t() shows for a key no locale has). */
export const keyPattern =
  /\b(?:audit|bg|cookie|count|delete|editor|export|format|import|inspect|journal|list|manager|panel|popup|protect|protocol|record|search|snapshot|store|table|text|timeline|transfer|ui|validate)_[A-Za-z]+\b/;

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { type MessageEntry, pluralSuffix } from '../../src/i18n/messages-file';

/** One locale's messages.json. */
export function localeMessages(language: string): Record<string, MessageEntry> {
  return JSON.parse(
    readFileSync(
      new URL(`../../public/_locales/${language}/messages.json`, import.meta.url),
      'utf8',
    ),
  );
}

/**
 * Finds English left on a page shown in `language`: a string that bypassed t() or a message key
 * shown instead of its text. Checks each text node and each label-like attribute on its own.
 * - A piece that is exactly an English message without substitutions ("Cancel", "Undo") whose
 *   translation differs.
 * - A piece containing a fixed part of an English message (the text between its substitutions)
 *   of three words or more whose translation differs: long sentences with names in them.
 * - A piece containing a message key as a whole word.
 */
export function untranslatedChecker(language: string): (pieces: string[]) => string[] {
  const english = localeMessages('en');
  const other = localeMessages(language);
  const whole = new Set<string>();
  const parts = new Set<string>();
  for (const [key, entry] of Object.entries(english)) {
    if (other[key]?.message === entry.message) continue;
    const fixed = entry.message.replace(/\$\$/g, '$').split(/\$[A-Za-z0-9_]+\$/);
    if (fixed.length === 1 && fixed[0]?.trim()) whole.add(fixed[0].trim());
    for (const part of fixed)
      if (/\S+\s+\S+\s+\S+/.test(part) && part.trim().length >= 12) parts.add(part.trim());
  }
  const keys = new Set(Object.keys(english).flatMap((key) => [key, key.replace(pluralSuffix, '')]));
  const keyPattern = new RegExp(`(?<![\\w])(?:${[...keys].join('|')})(?![\\w])`);
  return (pieces) =>
    pieces.flatMap((piece) => {
      const text = piece.trim();
      if (text === '') return [];
      if (whole.has(text)) return [`English: ${text}`];
      const part = [...parts].find((p) => text.includes(p));
      if (part) return [`English "${part}" in: ${text}`];
      const key = keyPattern.exec(text);
      return key ? [`message key ${key[0]} in: ${text}`] : [];
    });
}

/** Every text node, label-like attribute and the title of a page, each as one piece. */
export function textPieces(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pieces = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      pieces.push(node.textContent ?? '');
    const attributes = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'];
    for (const el of document.querySelectorAll('*'))
      for (const name of attributes) pieces.push(el.getAttribute(name) ?? '');
    return pieces;
  });
}

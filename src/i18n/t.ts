import type { MessageArgs, PluralArgs } from './message-args';

/**
 * Every user-visible string goes through `t()`: the browser's own i18n (messages.json under
 * public/_locales) picks the locale and substitutes. Nothing is bundled: getMessage is
 * synchronous and native, so the popup pays no bytes for its strings. Unit tests, which run
 * without a browser, install a lookup that reads the same files (src/i18n/testing).
 */
export type Substitution = string | number;

export type MessageKey = keyof MessageArgs;
export type PluralKey = keyof PluralArgs;

/** What getMessage does: the message for a key with its `$1`…`$9` substituted, or "". */
export type MessageLookup = (key: string, substitutions: string[]) => string;

type I18nApi = {
  getMessage(key: string, substitutions?: string[]): string;
  getUILanguage(): string;
};

function browserI18n(): I18nApi | undefined {
  return (globalThis as { chrome?: { i18n?: I18nApi } }).chrome?.i18n;
}

let lookup: MessageLookup = (key, substitutions) =>
  browserI18n()?.getMessage(key, substitutions) ?? '';
let uiLanguage: string | undefined;
let messagesLanguage: string | undefined;
let formatLanguage: string | undefined;
let numberFormat: Intl.NumberFormat | undefined;
let pluralRules: Intl.PluralRules | undefined;
const fixed = new Map<string, string>();

/**
 * Answer from these messages instead of the browser's: for unit tests, and for the import worker,
 * which has no chrome.i18n (src/ui/transfer/worker-messages.ts).
 */
export function setMessageLookup(next: MessageLookup, language: string): void {
  lookup = next;
  uiLanguage = language;
  messagesLanguage = undefined;
  formatLanguage = undefined;
  numberFormat = undefined;
  pluralRules = undefined;
  fixed.clear();
}

/**
 * The locale of every number and date shown: the browser's UI language (en-GB dates for a
 * British English browser, de-CH numbers for a Swiss one) when our messages are in that
 * language, else the messages' own. A Polish browser gets our English words, and "in 3 days",
 * "Dec 6, 2026" must be English beside them, not Polish.
 */
export function uiLocale(): string {
  if (formatLanguage === undefined) {
    const ui = uiLanguage ?? browserI18n()?.getUILanguage() ?? '';
    const messages = messagesLocale();
    formatLanguage = primary(ui) === primary(messages) ? ui : messages;
  }
  return formatLanguage;
}

function primary(tag: string): string {
  return tag.split('-')[0]?.toLowerCase() ?? '';
}

/**
 * The language of the messages in use: the browser falls back to English (default_locale) for
 * a language we have no file for, and plural forms must follow the words shown, not the UI
 * language (an English file has no Polish "few").
 */
function messagesLocale(): string {
  messagesLanguage ??= lookup('messagesLocale', []) || 'en';
  return messagesLanguage;
}

/** A count or size in the user's locale: `12,345` in English, `12.345` in German. */
export function formatNumber(value: number): string {
  numberFormat ??= new Intl.NumberFormat(uiLocale());
  return numberFormat.format(value);
}

function substitute(values: readonly Substitution[]): string[] {
  return values.map((value) => (typeof value === 'number' ? formatNumber(value) : value));
}

/**
 * The message for `key` in the user's language. Numbers are formatted for the locale; text is
 * substituted as it is, once (a `$1` inside a cookie value is never expanded again).
 */
export function t<K extends MessageKey>(key: K, ...substitutions: MessageArgs[K]): string {
  if (substitutions.length === 0) {
    // A fixed text cannot change while the page lives (the browser's language is read once per
    // extension load): a list of 3,000 rows asks for the same labels thousands of times, and
    // each getMessage is a call into the browser's bindings.
    let text = fixed.get(key);
    if (text === undefined) {
      text = lookup(key, []) || key;
      fixed.set(key, text);
    }
    return text;
  }
  const message = lookup(key, substitute(substitutions));
  // A key missing from every locale is a build defect the unit tests catch; show the key rather
  // than an empty label if one ever slips through.
  return message === '' ? key : message;
}

/**
 * A message that depends on a count: `key_one`, `key_other` (and whatever else the language's
 * plural rules ask for) in messages.json. The count is the first substitution.
 */
export function tn<K extends PluralKey>(key: K, ...substitutions: PluralArgs[K]): string {
  pluralRules ??= new Intl.PluralRules(messagesLocale());
  const [count] = substitutions as unknown as [number];
  const values = substitute(substitutions);
  const message =
    lookup(`${key}_${pluralRules.select(count)}`, values) || lookup(`${key}_other`, values);
  return message === '' ? key : message;
}

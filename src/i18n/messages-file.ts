/**
 * The messages.json format the browsers read (developer.chrome.com/docs/extensions/reference/api/i18n,
 * MDN "Internationalization"), for the unit tests and the type generator: they must agree with
 * what Chrome and Firefox do, or a test would pass on a message the browser shows differently.
 */
export type MessageEntry = {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
};

export type MessagesFile = Record<string, MessageEntry>;

/** The suffix of a plural form's key: `count_cookies_one`, `count_cookies_other`. */
export const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Chrome: names are letters, digits, `_` and `@`, compared without case; `@@` is reserved. */
export const messageNamePattern = /^[A-Za-z0-9_][A-Za-z0-9_@]*$/;

/** `$NAME$` references in a message, upper-cased as the browsers compare them. */
export function placeholderReferences(message: string): string[] {
  const names: string[] = [];
  for (const match of message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
    const name = match[1] ?? '';
    if (!/^[0-9]+$/.test(name)) names.push(name.toUpperCase());
  }
  return names;
}

/**
 * A placeholder's position: its content is `$1`…`$9`. Named placeholders in this project always
 * stand for a substitution (fixed text belongs in the message itself).
 */
export function placeholderIndex(content: string): number | undefined {
  const match = /^\$([1-9])$/.exec(content);
  return match ? Number(match[1]) : undefined;
}

/** The placeholder names of an entry, ordered by the substitution each stands for. */
export function orderedPlaceholders(entry: MessageEntry): string[] {
  return Object.entries(entry.placeholders ?? {})
    .map(([name, { content }]) => ({ name: name.toLowerCase(), index: placeholderIndex(content) }))
    .sort((a, b) => (a.index ?? 99) - (b.index ?? 99))
    .map(({ name }) => name);
}

/**
 * What `getMessage(key, substitutions)` returns: `$NAME$` replaced by its placeholder's content,
 * then, in one pass, `$1`…`$9` by the substitutions and `$$` by `$`. One pass matters: a
 * substituted cookie value containing `$1` stays as it is, in both browsers.
 */
export function evaluateMessage(entry: MessageEntry, substitutions: readonly string[]): string {
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toUpperCase(), value]),
  );
  const expanded = entry.message.replace(
    /\$([A-Za-z0-9_@]+)\$/g,
    (whole, name: string) => placeholders.get(name.toUpperCase())?.content ?? whole,
  );
  return expanded.replace(/\$(\$|[1-9])/g, (_whole, what: string) =>
    what === '$' ? '$' : (substitutions[Number(what) - 1] ?? ''),
  );
}

/**
 * getMessage over these files, as a browser answers it: the message of the language in use, or
 * English's (the manifest's default_locale) where that language lacks one; "" for no such key.
 */
export function lookupIn(
  messages: MessagesFile,
  english: MessagesFile,
): (key: string, substitutions: string[]) => string {
  return (key, substitutions) => {
    const entry = messages[key] ?? english[key];
    return entry ? evaluateMessage(entry, substitutions) : '';
  };
}

import type { Cookie } from '../../cookies/cookie';

/** What the search box asks for, parsed once per keystroke rather than once per cookie. */
export type CookieSearch =
  | { kind: 'all' }
  | { kind: 'words'; words: string[] }
  | { kind: 'regex'; regex: RegExp }
  | { kind: 'invalid'; message: string };

// `/pattern/flags` as in JavaScript. Anything else (a path like `/app`) is plain text.
const regexSyntax = /^\/(.+)\/([a-z]*)$/s;

/**
 * Plain text: every word must occur (case-insensitive) in the name, value or domain.
 * `/pattern/flags`: a regular expression tested against each of them; a bad pattern becomes a
 * message for the user instead of an exception.
 */
export function parseSearch(text: string): CookieSearch {
  const trimmed = text.trim();
  const regex = regexSyntax.exec(trimmed);
  if (regex) {
    const [, pattern = '', flags = ''] = regex;
    try {
      // `g` and `y` make `test()` remember lastIndex between cookies: matching must not depend
      // on what the previous cookie was, so they are dropped.
      return { kind: 'regex', regex: new RegExp(pattern, flags.replace(/[gy]/g, '')) };
    } catch (error) {
      return {
        kind: 'invalid',
        message: `Not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }
  const words = trimmed.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length === 0 ? { kind: 'all' } : { kind: 'words', words };
}

type Searchable = Pick<Cookie, 'name' | 'value' | 'domain'>;

// A search keystroke scans every cookie: lower-case each cookie's text once, not per keystroke.
const lowerText = new WeakMap<Searchable, string>();
function searchText(cookie: Searchable): string {
  let text = lowerText.get(cookie);
  if (text === undefined) {
    text = `${cookie.name}\n${cookie.value}\n${cookie.domain}`.toLowerCase();
    lowerText.set(cookie, text);
  }
  return text;
}

/** An invalid search matches nothing, so the list never pretends to be filtered when it is not. */
export function matchesSearch(cookie: Searchable, search: CookieSearch): boolean {
  switch (search.kind) {
    case 'all':
      return true;
    case 'invalid':
      return false;
    case 'words': {
      const text = searchText(cookie);
      return search.words.every((word) => text.includes(word));
    }
    case 'regex':
      return (
        search.regex.test(cookie.name) ||
        search.regex.test(cookie.value) ||
        search.regex.test(cookie.domain)
      );
  }
}

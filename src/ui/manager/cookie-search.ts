import type { Cookie } from '../../cookies/cookie';

/** A compiled `/regex/`: only `test`, which must run in time linear in the text. */
export interface SearchRegex {
  test(text: string): boolean;
}

/** What the search box asks for, parsed once per keystroke rather than once per cookie. */
export type CookieSearch =
  | { kind: 'all' }
  | { kind: 'words'; words: string[] }
  | { kind: 'regex'; regex: SearchRegex; pattern: string; flags: string }
  /** A `/regex/` typed before the regex engine (a separate chunk) has loaded. */
  | { kind: 'loading' }
  | { kind: 'invalid'; message: string };

/** Compiles `/pattern/flags` (see linear-regex.ts), or says why it cannot. */
export type RegexCompiler = (
  pattern: string,
  flags: string,
) => Extract<CookieSearch, { kind: 'regex' | 'invalid' }>;

// `/pattern/flags` as in JavaScript. Anything else (a path like `/app`) is plain text.
const regexSyntax = /^\/(.+)\/([a-z]*)$/s;

/**
 * Plain text: every word must occur (case-insensitive) in the name, value or domain.
 * `/pattern/flags`: a regular expression tested against each of them, compiled by `compile`;
 * without a compiler yet (it is loaded on first use) the search is `loading`.
 */
export function parseSearch(text: string, compile?: RegexCompiler): CookieSearch {
  const trimmed = text.trim();
  const regex = regexSyntax.exec(trimmed);
  if (regex) {
    const [, pattern = '', flags = ''] = regex;
    return compile ? compile(pattern, flags) : { kind: 'loading' };
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

/**
 * An invalid search matches nothing, so the list never pretends to be filtered when it is not;
 * nor does one still loading its engine (for the few milliseconds that takes).
 */
export function matchesSearch(cookie: Searchable, search: CookieSearch): boolean {
  switch (search.kind) {
    case 'all':
      return true;
    case 'invalid':
    case 'loading':
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

import { isSessionCookie } from '../cookies/classify-lifetime';
import { t } from '../i18n/t';
import type { CookieSearch, SearchableCookie, SearchContext } from './cookie-search';
import type { FlagName, ParsedSearch, SearchTest, TextField } from './parse-search';
import type { RegexCompiler, SearchRegex } from './search-regex';

type CompiledTest =
  | Exclude<SearchTest, { kind: 'regex' }>
  | { kind: 'regex'; field: TextField; regex: SearchRegex };
type CompiledTerm = CompiledTest & { negated: boolean };

export interface SearchOptions {
  /** The regex engine, once loaded; without it a `/regex/` search is `loading`. */
  compile?: RegexCompiler | undefined;
  /** Whether the view shows one page, for `sent:` (the manager shows every site). */
  hasPage: boolean;
}

export const sentUnavailableMessage = (): string => t('search_sentNeedsPage');

/**
 * Compiles each `/regex/` of a parsed search, or says why the search cannot run. This and the
 * parser are one chunk, fetched when a search box is first focused (see load-search-engine.ts).
 */
export function compileSearch(parsed: ParsedSearch, options: SearchOptions): CookieSearch {
  const [firstError] = parsed.errors;
  if (firstError !== undefined) return { kind: 'invalid', message: firstError };
  if (
    !options.hasPage &&
    parsed.terms.some((term) => term.kind === 'flag' && term.flag === 'sent')
  ) {
    return { kind: 'invalid', message: sentUnavailableMessage() };
  }
  if (parsed.terms.length === 0) return { kind: 'all' };
  const terms: CompiledTerm[] = [];
  for (const term of parsed.terms) {
    if (term.kind !== 'regex') {
      terms.push(term);
      continue;
    }
    if (!options.compile) return { kind: 'loading' };
    const compiled = options.compile(term.pattern, term.flags);
    if (compiled.kind === 'invalid') return compiled;
    terms.push({ kind: 'regex', field: term.field, regex: compiled.regex, negated: term.negated });
  }
  return {
    kind: 'match',
    test: (cookie, context) => terms.every((term) => holds(cookie, term, context) !== term.negated),
  };
}

// A search keystroke scans every cookie: lower-case each cookie's text once, not per keystroke.
const lowerText = new WeakMap<SearchableCookie, string>();
function searchText(cookie: SearchableCookie): string {
  let text = lowerText.get(cookie);
  if (text === undefined) {
    text = `${cookie.name}\n${cookie.value}\n${cookie.domain}\n${cookie.path}`.toLowerCase();
    lowerText.set(cookie, text);
  }
  return text;
}

function textMatches(cookie: SearchableCookie, field: TextField, text: string): boolean {
  if (field === 'any') return searchText(cookie).includes(text);
  return cookie[field].toLowerCase().includes(text);
}

// Each field on its own, so ^ and $ anchor to the name, the value, the domain or the path.
function regexMatches(cookie: SearchableCookie, field: TextField, regex: SearchRegex): boolean {
  if (field !== 'any') return regex.test(cookie[field]);
  return (
    regex.test(cookie.name) ||
    regex.test(cookie.value) ||
    regex.test(cookie.domain) ||
    regex.test(cookie.path)
  );
}

function flagValue(cookie: SearchableCookie, flag: FlagName, context: SearchContext): boolean {
  switch (flag) {
    case 'secure':
      return cookie.secure;
    case 'httpOnly':
      return cookie.httpOnly;
    case 'partitioned':
      return cookie.partitionKey?.topLevelSite !== undefined;
    default:
      return context.isSent?.(cookie) ?? false;
  }
}

function holds(cookie: SearchableCookie, test: CompiledTest, context: SearchContext): boolean {
  switch (test.kind) {
    case 'text':
      return textMatches(cookie, test.field, test.text);
    case 'regex':
      return regexMatches(cookie, test.field, test.regex);
    case 'lifetime': {
      const session = isSessionCookie(cookie);
      if (test.lifetime === 'session') return session;
      if (test.lifetime === 'persistent') return !session;
      return !session && (cookie.expirationDate ?? 0) * 1000 <= context.now;
    }
    case 'flag':
      return flagValue(cookie, test.flag, context) === test.value;
    case 'sameSite':
      return cookie.sameSite === test.sameSite;
    case 'finding':
      return context.hasFinding?.(cookie, test.severity) ?? false;
    case 'domain': {
      const domain = cookie.domain.toLowerCase().replace(/^\./, '');
      return domain === test.domain || domain.endsWith(`.${test.domain}`);
    }
    case 'path':
      return cookie.path.startsWith(test.prefix);
  }
}

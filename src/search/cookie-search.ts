import { isSessionCookie } from '../cookies/classify-lifetime';
import type { Cookie } from '../cookies/cookie';
import { isSentToPage, type PageContext } from '../cookies/page-context';
import type { FlagName, ParsedSearch, SearchTest, TextField } from './parse-search';
import type { RegexCompiler, SearchRegex } from './search-regex';

type CompiledTest =
  | Exclude<SearchTest, { kind: 'regex' }>
  | { kind: 'regex'; field: TextField; regex: SearchRegex };
type CompiledTerm = CompiledTest & { negated: boolean };

/** The search box, ready to test cookies against: parsed and compiled once per keystroke. */
export type CookieSearch =
  | { kind: 'all' }
  | { kind: 'match'; terms: CompiledTerm[] }
  /** A `/regex/` typed before the regex engine (a separate chunk) has loaded. */
  | { kind: 'loading' }
  | { kind: 'invalid'; message: string };

export interface SearchOptions {
  /** The regex engine, once loaded; without it a `/regex/` search is `loading`. */
  compile?: RegexCompiler | undefined;
  /** Whether the view shows one page, for `sent:` (the manager shows every site). */
  hasPage: boolean;
}

export const sentUnavailableMessage =
  '"sent:" needs a page: use it in the popup or the DevTools panel. The manager lists every site, so there is no page to send cookies to.';

/** Compiles each `/regex/` of a parsed search, or says why the search cannot run. */
export function compileSearch(parsed: ParsedSearch, options: SearchOptions): CookieSearch {
  const [firstError] = parsed.errors;
  if (firstError !== undefined) return { kind: 'invalid', message: firstError };
  if (!options.hasPage && parsed.terms.some((t) => t.kind === 'flag' && t.flag === 'sent')) {
    return { kind: 'invalid', message: sentUnavailableMessage };
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
  return { kind: 'match', terms };
}

export type SearchableCookie = Pick<
  Cookie,
  | 'name'
  | 'value'
  | 'domain'
  | 'path'
  | 'hostOnly'
  | 'secure'
  | 'httpOnly'
  | 'sameSite'
  | 'session'
  | 'expirationDate'
  | 'partitionKey'
>;

/** What the view knows besides the cookie: its page (popup, panel) and the time. */
export interface SearchContext {
  page?: PageContext | undefined;
  /** Milliseconds since the epoch. */
  now: number;
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
      return context.page !== undefined && isSentToPage(cookie, context.page, context.now).sent;
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
    case 'domain': {
      const domain = cookie.domain.toLowerCase().replace(/^\./, '');
      return domain === test.domain || domain.endsWith(`.${test.domain}`);
    }
    case 'path':
      return cookie.path.startsWith(test.prefix);
  }
}

/**
 * Whether a cookie passes every term. An invalid search matches nothing, so the list never
 * pretends to be filtered when it is not; nor does one still loading its regex engine.
 */
export function matchesSearch(
  cookie: SearchableCookie,
  search: CookieSearch,
  context: SearchContext,
): boolean {
  switch (search.kind) {
    case 'all':
      return true;
    case 'invalid':
    case 'loading':
      return false;
    case 'match':
      return search.terms.every((term) => holds(cookie, term, context) !== term.negated);
  }
}

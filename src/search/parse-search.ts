import type { AuditSeverity } from '../audit/audit-finding';
import type { SameSite } from '../cookies/cookie';
import { t } from '../i18n/t';

/** Where plain text and `/regex/` look: every field, or the one a `name:`/`value:` names. */
export type TextField = 'any' | 'name' | 'value';
export type FlagName = 'secure' | 'httpOnly' | 'partitioned' | 'sent';

/** One condition of the search box, before any regex is compiled. */
export type SearchTest =
  /** Lower-cased; a quoted phrase keeps its spaces. */
  | { kind: 'text'; field: TextField; text: string }
  | { kind: 'regex'; field: TextField; pattern: string; flags: string }
  | { kind: 'lifetime'; lifetime: 'session' | 'persistent' | 'expired' }
  | { kind: 'flag'; flag: FlagName; value: boolean }
  | { kind: 'sameSite'; sameSite: SameSite }
  /** The audit (src/audit/) found something of this severity about the cookie. */
  | { kind: 'finding'; severity: AuditSeverity }
  /** Lower-case, no leading dot: the cookie's domain is it or one of its subdomains. */
  | { kind: 'domain'; domain: string }
  | { kind: 'path'; prefix: string };

export type SearchTerm = SearchTest & { negated: boolean };

/** Every term must hold; `errors` says, in words, what could not be read. */
export interface ParsedSearch {
  terms: SearchTerm[];
  errors: string[];
}

const flagKeys: Record<string, FlagName> = {
  secure: 'secure',
  httponly: 'httpOnly',
  partitioned: 'partitioned',
  sent: 'sent',
};
const yesNo: Record<string, boolean> = { yes: true, true: true, no: false, false: false };
const lifetimes = ['session', 'persistent', 'expired'] as const;
const sameSites: Record<string, SameSite> = {
  none: 'no_restriction',
  no_restriction: 'no_restriction',
  lax: 'lax',
  strict: 'strict',
  unset: 'unspecified',
  unspecified: 'unspecified',
};
const findings: Record<string, AuditSeverity> = {
  warning: 'warning',
  warnings: 'warning',
  info: 'info',
};
const keys = [
  'is',
  'secure',
  'httponly',
  'samesite',
  'partitioned',
  'sent',
  'has',
  'domain',
  'path',
];
const allKeys = [...keys, 'name', 'value'];

/** The filter keys, as typed: the same in every language. */
const filterKeyList = allKeys.map((k) => `${k}:`).join(', ');

interface Value {
  text: string;
  quoted: boolean;
  regex?: { pattern: string; flags: string };
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/**
 * `/pattern/flags` starting at `start`: the closing slash is the first one neither escaped nor
 * inside a character class, and JavaScript's flag letters end the term. Anything else (`/app`,
 * `/app/cart`) is text.
 */
function readRegex(text: string, start: number): (Value & { end: number }) | undefined {
  let inClass = false;
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '/') {
      if (i === start + 1) return undefined;
      let end = i + 1;
      while (end < text.length && /[dgimsuvy]/.test(text[end] ?? '')) end++;
      if (end < text.length && !isSpace(text[end])) return undefined;
      const pattern = text.slice(start + 1, i);
      const flags = text.slice(i + 1, end);
      return { text: text.slice(start, end), quoted: false, regex: { pattern, flags }, end };
    }
  }
  return undefined;
}

function readValue(text: string, start: number, regexAllowed: boolean): Value & { end: number } {
  if (text[start] === '"') {
    // An unclosed quote runs to the end: the phrase is still being typed.
    const close = text.indexOf('"', start + 1);
    const end = close === -1 ? text.length : close + 1;
    return { text: text.slice(start + 1, close === -1 ? end : close), quoted: true, end };
  }
  if (regexAllowed && text[start] === '/') {
    const regex = readRegex(text, start);
    if (regex) return regex;
  }
  let end = start;
  while (end < text.length && !isSpace(text[end])) end++;
  return { text: text.slice(start, end), quoted: false, end };
}

type Reading = SearchTest | { error: string } | undefined;

function textOrRegex(field: TextField, value: Value): Reading {
  if (value.regex) return { kind: 'regex', field, ...value.regex };
  const text = value.text.toLowerCase();
  return text === '' ? undefined : { kind: 'text', field, text };
}

function attribute(key: string, value: Value): Reading {
  const raw = value.text.trim();
  const word = raw.toLowerCase();
  if (key === 'name' || key === 'value') {
    return raw === '' && !value.regex
      ? { error: t('search_needsText', key) }
      : textOrRegex(key, value);
  }
  if (key === 'is') {
    const lifetime = lifetimes.find((l) => l === word);
    return lifetime ? { kind: 'lifetime', lifetime } : { error: t('search_isValues') };
  }
  const flag = flagKeys[key];
  if (flag) {
    const yes = yesNo[word];
    return yes === undefined
      ? { error: t('search_yesNoValues', key) }
      : { kind: 'flag', flag, value: yes };
  }
  if (key === 'samesite') {
    const sameSite = sameSites[word];
    return sameSite ? { kind: 'sameSite', sameSite } : { error: t('search_sameSiteValues') };
  }
  if (key === 'has') {
    const severity = findings[word];
    return severity ? { kind: 'finding', severity } : { error: t('search_hasValues') };
  }
  if (key === 'domain') {
    const domain = word.replace(/^\./, '');
    return domain === '' ? { error: t('search_needsDomain') } : { kind: 'domain', domain };
  }
  // key === 'path'
  return raw.startsWith('/') ? { kind: 'path', prefix: raw } : { error: t('search_needsPath') };
}

/**
 * Reads the search box: words (all must match), "quoted phrases", `/regex/flags`, attribute
 * tokens such as `is:session` or `secure:no`, and `-` before any of them to negate it. Never
 * throws: what cannot be read is an entry of `errors`, in words.
 */
export function parseSearch(text: string): ParsedSearch {
  const terms: SearchTerm[] = [];
  const errors: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (isSpace(text[i])) {
      i++;
      continue;
    }
    // A lone `-` is text; `-x` negates x.
    const negated = text[i] === '-' && i + 1 < text.length && !isSpace(text[i + 1]);
    if (negated) i++;
    const key = /^([a-z]+):/i.exec(text.slice(i, i + 20))?.[1]?.toLowerCase();
    let reading: Reading;
    if (key !== undefined) {
      const value = readValue(text, i + key.length + 1, key === 'name' || key === 'value');
      i = value.end;
      reading = allKeys.includes(key)
        ? attribute(key, value)
        : { error: t('search_unknownFilter', key, filterKeyList) };
    } else {
      const value = readValue(text, i, true);
      i = value.end;
      const bare = !value.quoted && !value.regex;
      reading =
        bare && value.text.toLowerCase() === 'partitioned'
          ? { kind: 'flag', flag: 'partitioned', value: true }
          : textOrRegex('any', value);
    }
    if (reading === undefined) continue;
    if ('error' in reading) errors.push(reading.error);
    else terms.push({ ...reading, negated });
  }
  return { terms, errors };
}

/**
 * Whether the text asks for the regex engine, or is about to: a term starting with `/` (before
 * its closing slash is typed, so the engine is usually there when it is).
 */
export function wantsRegex(text: string): boolean {
  return /(?:^|\s)-?(?:(?:name|value):)?\//i.test(text);
}

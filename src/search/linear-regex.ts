import { RE2JS } from 're2js';
import { t } from '../i18n/t';
import { errorText } from '../text/error-text';
import { needsBacktracking } from './needs-backtracking';
import type { RegexCompiler } from './search-regex';

const flagBits = new Map([
  ['i', RE2JS.CASE_INSENSITIVE],
  ['m', RE2JS.MULTILINE],
  ['s', RE2JS.DOTALL],
]);
// `g` and `y` only make `test()` remember lastIndex between cookies, so matching would depend on
// the previous cookie: dropped. `u` is how RE2 reads every pattern anyway (by code point).
const ignoredFlags = new Set(['g', 'y', 'u']);

export const unsupportedSyntaxMessage = (): string => t('search_regexUnsupportedSyntax');

/**
 * `/pattern/flags` in JavaScript syntax, compiled for RE2 (re2js): matching takes time linear in
 * the text whatever the pattern. Cookie values are site-controlled, and a native RegExp such as
 * `/(a|aa)+b/` over 3,000 long values froze the manager for more than 100 s.
 */
export const compileLinearRegex: RegexCompiler = (pattern, flags) => {
  const unknown = [...flags].find((flag) => !flagBits.has(flag) && !ignoredFlags.has(flag));
  if (unknown !== undefined) {
    return {
      kind: 'invalid',
      message: t('search_regexUnknownFlag', unknown),
    };
  }
  // The browser's parser gives the familiar messages for what is no regular expression at all
  // (an unclosed group, a repeated flag), and keeps RE2-only syntax such as `(?i)` out. It only
  // parses the pattern; nothing runs it.
  try {
    new RegExp(pattern, flags);
  } catch (error) {
    return { kind: 'invalid', message: t('search_regexInvalid', errorText(error)) };
  }
  if (needsBacktracking(pattern)) return { kind: 'invalid', message: unsupportedSyntaxMessage() };
  const used = [...flagBits.keys()].filter((flag) => flags.includes(flag));
  const bits = used.reduce((sum, flag) => sum | (flagBits.get(flag) ?? 0), 0);
  try {
    // translateRegExp turns JavaScript's `\uXXXX`, `\cX`, `(?<name>`, `[^]` into RE2's syntax.
    const regex = RE2JS.compile(RE2JS.translateRegExp(pattern), bits);
    return { kind: 'regex', regex, pattern, flags: used.join('') };
  } catch (error) {
    // What RE2 limits beyond that, e.g. a repeat count over 1,000.
    const reason = errorText(error).replace(/^error parsing regexp: /, '');
    return { kind: 'invalid', message: t('search_regexNotSupported', reason) };
  }
};

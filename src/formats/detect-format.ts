import { identityKey } from '../cookies/cookie-identity';
import { blockingIssues, type HostRules, validateCookie } from '../cookies/validate-cookie';
import { t } from '../i18n/t';
import { cookiesFromJson, parseJson } from './browser-extension-json';
import { parseCookieHeader } from './cookie-header';
import { curlCommandStart, parseCurlCommand } from './curl-command-import';
import type { ImportEntry, ImportParse, ImportTarget } from './import-entry';
import { parseNetscapeCookies } from './netscape-cookies';
import { cookiesFromWorkbenchData, isWorkbenchExport } from './workbench-json';

export type ImportFormat =
  | 'workbench-json'
  | 'browser-extension-json'
  | 'netscape'
  | 'cookie-header'
  | 'curl-command';

/** The format's name as the user reads it (looked up when asked: the messages load late in a worker). */
export function importFormatName(format: ImportFormat): string {
  switch (format) {
    case 'workbench-json':
      return t('format_nameWorkbenchJson');
    case 'browser-extension-json':
      return t('format_nameCookieListJson');
    case 'netscape':
      return t('format_nameNetscape');
    case 'cookie-header':
      return t('format_nameCookieHeader');
    case 'curl-command':
      return t('format_nameCurl');
  }
}

export interface DetectOptions extends ImportTarget {
  /** The page a Cookie header's pairs belong to; without it a header cannot be imported. */
  url?: URL;
  nowSeconds: number;
  hostRules: HostRules;
}

export type DetectedImport =
  | { ok: true; format: ImportFormat; entries: ImportEntry[] }
  | { ok: false; error: string };

const netscapeHints = /^(#( Netscape)? HTTP Cookie File|#HttpOnly_)/im;
// Six or more tab-separated fields on a line: a cookies.txt line, even one with a bad field,
// which then gets its own reason instead of the whole text being refused.
const netscapeLine = /^([^\t\r\n]*\t){5}/m;

/** Which format `text` is in, and its cookies checked against the browser's rules. */
export function detectFormat(text: string, options: DetectOptions): DetectedImport {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { ok: false, error: t('format_emptyText') };

  // Before the Cookie header: a one-line command with `=` in it would read as one.
  if (curlCommandStart.test(trimmed)) {
    return finish('curl-command', parseCurlCommand(trimmed, options), options);
  }
  let jsonError: string | undefined;
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    const parsed = parseJson(trimmed);
    if (parsed.ok) {
      return isWorkbenchExport(parsed.data)
        ? finish('workbench-json', cookiesFromWorkbenchData(parsed.data, options), options)
        : finish('browser-extension-json', cookiesFromJson(parsed.data, options), options);
    }
    // A Cookie header may start with `[` too; only if nothing else fits is this the answer.
    jsonError = parsed.error;
  }
  if (netscapeHints.test(trimmed) || netscapeLine.test(trimmed)) {
    return finish('netscape', parseNetscapeCookies(trimmed, options), options);
  }
  if (!/[\r\n]/.test(trimmed) && trimmed.includes('=')) {
    if (options.url) {
      return finish(
        'cookie-header',
        parseCookieHeader(trimmed, { ...options, url: options.url }),
        options,
      );
    }
    return { ok: false, error: t('format_headerNeedsSite') };
  }
  return {
    ok: false,
    error: jsonError ?? t('format_unknown'),
  };
}

function finish(format: ImportFormat, parse: ImportParse, options: DetectOptions): DetectedImport {
  if (!parse.ok) return parse;
  return { ok: true, format, entries: checkEntries(parse.entries, options) };
}

/**
 * Adds the browser's rules to each parsed cookie, and notes cookies that the same import writes
 * twice: as the import does (src/cookies/import-cookies.ts), the first valid one is imported and
 * a later one with the same identity is skipped.
 */
export function checkEntries(
  entries: ImportEntry[],
  options: Pick<DetectOptions, 'nowSeconds' | 'hostRules'>,
): ImportEntry[] {
  const seen = new Set<string>();
  return entries.map((entry) => {
    if (!entry.ok) return entry;
    const issues = [...entry.issues, ...validateCookie(entry.draft, options)];
    // Only a cookie the import would write takes the identity (an invalid one is not written).
    if (blockingIssues(issues, false).length > 0) return { ...entry, issues };
    const key = identityKey(entry.draft);
    if (!seen.has(key)) {
      seen.add(key);
      return { ...entry, issues };
    }
    const repeated = {
      field: 'name' as const,
      severity: 'note' as const,
      message: t('format_repeatedCookie'),
    };
    return { ...entry, issues: [...issues, repeated] };
  });
}

import { type Cookie, type CookieDraft, cookieHost } from '../cookies/cookie';
import type { FieldIssue } from '../cookies/validate-cookie';
import { t } from '../i18n/t';
import { plural } from '../text/plural';
import {
  type ImportEntry,
  type ImportParse,
  type ImportTarget,
  parseNote,
  rejected,
} from './import-entry';
import { liveSessionWarning } from './workbench-json';

// The cookies.txt that curl (-b/-c), wget (--load-cookies) and yt-dlp (--cookies) read:
// `domain  includeSubdomains  path  secure  expiry  name  value`, tab-separated, expiry 0 for a
// session cookie, `#HttpOnly_` before the domain of an HttpOnly cookie. It has no SameSite,
// store or partition: those come back as `unspecified`, the target store and unpartitioned.

const httpOnlyPrefix = '#HttpOnly_';
export const netscapeHeader = '# Netscape HTTP Cookie File';

// Python's http.cookiejar (under yt-dlp) refuses the whole file unless this header is the first
// line, and unless includeSubdomains is TRUE exactly when the domain starts with a dot.
const headerLines = [
  netscapeHeader,
  '# https://curl.se/docs/http-cookies.html',
  `# Exported by Cookie Workbench. ${liveSessionWarning}`,
];

// A tab or line break would split the line or start a new one: such a cookie cannot be written
// (the browser never stores one in a name, a domain or a path; a value may hold a tab).
const breaksLine = /[\t\r\n]/;

function netscapeLine(cookie: Cookie): string {
  const host = cookieHost(cookie);
  const session = cookie.session || cookie.expirationDate === undefined;
  // Whole seconds, as every reader expects; never 0 for a persistent cookie, since 0 means
  // session and turning persistent cookies into session ones is the bug this format is known for.
  const expiry = session ? 0 : Math.max(1, Math.floor(cookie.expirationDate ?? 0));
  return [
    `${cookie.httpOnly ? httpOnlyPrefix : ''}${cookie.hostOnly ? host : `.${host}`}`,
    cookie.hostOnly ? 'FALSE' : 'TRUE',
    cookie.path,
    cookie.secure ? 'TRUE' : 'FALSE',
    String(expiry),
    cookie.name,
    cookie.value,
  ].join('\t');
}

export function exportNetscapeCookies(cookies: readonly Cookie[]): string {
  const writable = cookies.filter(
    (c) => ![c.domain, c.path, c.name, c.value].some((field) => breaksLine.test(field)),
  );
  const lines = [...headerLines];
  const skipped = cookies.length - writable.length;
  // A comment of the file, in English like its header: the file is data, not the UI.
  if (skipped > 0) {
    lines.push(
      `# Left out ${plural(skipped, 'cookie')} holding a tab or line break, which this format cannot carry.`,
    );
  }
  lines.push('', ...writable.map(netscapeLine));
  return `${lines.join('\n')}\n`;
}

function flag(text: string | undefined): boolean | undefined {
  const upper = text?.toUpperCase();
  return upper === 'TRUE' ? true : upper === 'FALSE' ? false : undefined;
}

const fieldList = 'domain, includeSubdomains, path, secure, expiry, name, value';

function parseLine(line: string, target: ImportTarget): ImportEntry | undefined {
  // Trailing tabs and spaces only pad an empty value (curl writes `name\t` for one).
  let rest = line.replace(/^ +/, '').replace(/[\t ]+$/, '');
  const httpOnly = rest.slice(0, httpOnlyPrefix.length).toLowerCase() === '#httponly_';
  if (httpOnly) rest = rest.slice(httpOnlyPrefix.length);
  else if (rest === '' || rest.startsWith('#')) return undefined;

  const fields = rest.split('\t');
  // Six fields: the value is empty and its trailing tab was lost, as curl also reads it.
  if (fields.length === 6) fields.push('');
  const [domain = '', subdomains, path = '', secureText, expiryText = '', name = '', value = ''] =
    fields;
  if (fields.length !== 7) {
    const reason = t('format_netscapeFieldCount', fieldList, fields.length);
    const spaces = fields.length === 1 && rest.includes(' ');
    return rejected(line, spaces ? `${reason} ${t('format_netscapeSpaces')}` : reason);
  }
  const includeSubdomains = flag(subdomains);
  const secure = flag(secureText);
  if (includeSubdomains === undefined || secure === undefined) {
    return rejected(line, t('format_netscapeFlags'));
  }
  const issues: FieldIssue[] = [];
  const trimmedExpiry = expiryText.trim();
  const expiry = trimmedExpiry === '' ? 0 : Number(trimmedExpiry);
  if (!/^-?\d*\.?\d*$/.test(trimmedExpiry) || !Number.isFinite(expiry)) {
    return rejected(line, t('format_expiryNotSeconds', `"${expiryText}"`));
  }
  if (expiry < 0) issues.push(parseNote('expirationDate', t('format_negativeExpiry')));
  const draft: CookieDraft = {
    name,
    value,
    domain: cookieHost({ domain }),
    hostOnly: !includeSubdomains,
    path,
    secure,
    httpOnly,
    sameSite: 'unspecified',
    storeId: target.storeId,
  };
  // 0 (curl, wget) or empty (Python's cookiejar) is a session cookie; anything else persists.
  if (expiry > 0) draft.expirationDate = expiry;
  return { ok: true, draft, source: line, issues };
}

export function parseNetscapeCookies(text: string, target: ImportTarget): ImportParse {
  const entries: ImportEntry[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const entry = parseLine(line, target);
    if (entry) entries.push(entry);
  }
  return { ok: true, entries };
}

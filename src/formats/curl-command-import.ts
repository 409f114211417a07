import { t } from '../i18n/t';
import { parseCookieHeader } from './cookie-header';
import type { ImportParse, ImportTarget } from './import-entry';

// A curl command pasted from a terminal or from DevTools' "Copy as cURL": its cookies are those
// of `-b`/`--cookie` and of `-H 'Cookie: …'`, for the host of the command's URL. Read as a
// Cookie header, `curl -b 'a=1' https://x` made a cookie named `curl -b 'a`.

/** A line that starts a curl command, after an optional shell prompt. */
export const curlCommandStart = /^(\$\s+)?curl(\.exe)?\s/i;

/** Options whose value is the next word (or glued to a short one); the URL is none of these. */
const takesValue = new Set([
  '-A',
  '--user-agent',
  '-b',
  '--cookie',
  '-c',
  '--cookie-jar',
  '-d',
  '--data',
  '--data-raw',
  '--data-binary',
  '--data-ascii',
  '--data-urlencode',
  '--json',
  '-e',
  '--referer',
  '-E',
  '--cert',
  '--key',
  '--cacert',
  '-F',
  '--form',
  '--form-string',
  '-H',
  '--header',
  '-K',
  '--config',
  '-m',
  '--max-time',
  '--connect-timeout',
  '-o',
  '--output',
  '-r',
  '--range',
  '-T',
  '--upload-file',
  '-u',
  '--user',
  '--url',
  '-w',
  '--write-out',
  '-x',
  '--proxy',
  '-X',
  '--request',
  '--resolve',
  '--retry',
  '--limit-rate',
  '-Y',
  '-y',
  '--proxy-user',
  '--oauth2-bearer',
  '--unix-socket',
]);

type Words = { ok: true; words: string[] } | { ok: false; error: string };

const ansiEscapes: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
};

/**
 * POSIX shell words: '…' literal, "…" with \ before " \ $ `, $'…' with C escapes, \ outside
 * quotes; a backslash (bash) or caret (cmd.exe) before a line break continues the line.
 */
function shellWords(text: string): Words {
  const source = text.replace(/[\\^]\r?\n/g, ' ');
  const words: string[] = [];
  let word: string | undefined;
  let i = 0;
  const add = (s: string) => {
    word = (word ?? '') + s;
  };
  while (i < source.length) {
    const ch = source[i] as string;
    if (/\s/.test(ch)) {
      if (word !== undefined) words.push(word);
      word = undefined;
      i++;
    } else if (ch === "'") {
      const end = source.indexOf("'", i + 1);
      if (end < 0) return { ok: false, error: t('format_curlUnclosedQuote', "'") };
      add(source.slice(i + 1, end));
      i = end + 1;
    } else if (ch === '$' && source[i + 1] === "'") {
      let j = i + 2;
      let out = '';
      while (j < source.length && source[j] !== "'") {
        if (source[j] === '\\' && j + 1 < source.length) {
          const next = source[j + 1] as string;
          out += ansiEscapes[next] ?? `\\${next}`;
          j += 2;
        } else out += source[j++];
      }
      if (j >= source.length) return { ok: false, error: t('format_curlUnclosedQuote', "$'") };
      add(out);
      i = j + 1;
    } else if (ch === '"') {
      let j = i + 1;
      let out = '';
      while (j < source.length && source[j] !== '"') {
        if (source[j] === '\\' && /["\\$`]/.test(source[j + 1] ?? '')) {
          out += source[j + 1];
          j += 2;
        } else out += source[j++];
      }
      if (j >= source.length) return { ok: false, error: t('format_curlUnclosedQuote', '"') };
      add(out);
      i = j + 1;
    } else if (ch === '\\' && i + 1 < source.length) {
      add(source[i + 1] as string);
      i += 2;
    } else {
      add(ch);
      i++;
    }
  }
  if (word !== undefined) words.push(word);
  return { ok: true, words };
}

/** An option's value: `--cookie=x`, `-bx`, or the next word. */
function optionValue(words: string[], i: number, name: string): { value?: string; next: number } {
  const word = words[i] as string;
  if (word.startsWith('--')) {
    return word.includes('=')
      ? { value: word.slice(word.indexOf('=') + 1), next: i + 1 }
      : { value: words[i + 1], next: i + 2 };
  }
  return word.length > name.length
    ? { value: word.slice(name.length), next: i + 1 }
    : { value: words[i + 1], next: i + 2 };
}

function optionName(word: string): string {
  if (word.startsWith('--')) return word.split('=')[0] as string;
  return word.slice(0, 2);
}

/**
 * The URL curl would fetch: the first word with an http(s) scheme, else the first that looks
 * like a host (curl assumes http://), so a stray value of an option it takes is not one.
 */
function commandUrl(candidates: string[]): URL | undefined {
  const withScheme = candidates.find((c) => /^https?:\/\//i.test(c));
  const hostLike = candidates.find((c) =>
    /^(localhost|[\w-]+(\.[\w-]+)+)(:\d+)?([/?#]|$)/i.test(c),
  );
  const chosen =
    withScheme ??
    (hostLike && !/^[a-z][a-z0-9+.-]*:\/\//i.test(hostLike) ? `http://${hostLike}` : undefined);
  if (chosen === undefined) return undefined;
  try {
    return new URL(chosen);
  } catch {
    return undefined;
  }
}

/** The cookies `text`, a curl command, sends, for the host of its URL; or why there are none. */
export function parseCurlCommand(text: string, target: ImportTarget): ImportParse {
  const split = shellWords(text.trim().replace(/^\$\s+/, ''));
  if (!split.ok) return split;
  const words = split.words.slice(1);
  const cookies: string[] = [];
  const candidates: string[] = [];
  const takeUrl = (candidate: string | undefined) => {
    if (candidate !== undefined) candidates.push(candidate);
  };
  for (let i = 0; i < words.length; ) {
    const word = words[i] as string;
    if (!word.startsWith('-') || word === '-') {
      takeUrl(word);
      i++;
      continue;
    }
    const name = optionName(word);
    if (!takesValue.has(name)) {
      i++;
      continue;
    }
    const { value, next } = optionValue(words, i, name);
    i = next;
    if (value === undefined) continue;
    if (name === '-b' || name === '--cookie') {
      // curl reads a -b value without "=" as a file to load cookies from.
      if (!value.includes('=')) {
        return { ok: false, error: t('format_curlCookieFile', value) };
      }
      cookies.push(value);
    } else if (name === '-H' || name === '--header') {
      const header = /^cookie:(.*)$/is.exec(value);
      if (header) cookies.push((header[1] as string).trim());
    } else if (name === '--url') {
      takeUrl(value);
    }
  }
  const url = commandUrl(candidates);
  if (!url) {
    return { ok: false, error: t('format_curlNoUrl') };
  }
  if (cookies.length === 0) {
    return { ok: false, error: t('format_curlNoCookies') };
  }
  return parseCookieHeader(cookies.join('; '), { ...target, url });
}

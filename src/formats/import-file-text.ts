import { chromeCookieLimits } from '../cookies/browser-cookie-limits';

/**
 * The largest file an import reads. 3,300 cookies (all a browser keeps) take under 2 MB in any
 * format even with long values, so a bigger file is not a cookie export anyone can use whole;
 * the limit keeps a wrong choice (a video, a disk image) from being read into memory at all.
 */
export const maxImportFileBytes = 32 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function fileTooBigReason(size: number): string | undefined {
  if (size <= maxImportFileBytes) return undefined;
  return `This file is ${megabytes(size)}; an import reads files of up to ${maxImportFileBytes / 1024 / 1024} MB. A browser keeps at most ${chromeCookieLimits.total.toLocaleString('en')} cookies, which fit in far less: split the file or export fewer cookies.`;
}

const notText =
  'This is not a text file: it holds bytes that are neither UTF-8 text nor allowed in one. Choose a JSON or cookies.txt export (a browser’s own cookie database, an SQLite file, cannot be imported).';

/**
 * The text of a chosen file, or why it is none. A NUL byte never occurs in the text formats and
 * is the mark of binary data; other invalid UTF-8 would otherwise be read as U+FFFD and turn
 * into cookies with mangled values.
 */
export function textOfImportFile(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; error: string } {
  if (bytes.includes(0)) return { ok: false, error: notText };
  try {
    // ignoreBOM false (the default) drops a leading byte order mark.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: notText };
  }
}

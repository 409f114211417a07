import { chromeCookieLimits } from '../cookies/browser-cookie-limits';
import { t, uiLocale } from '../i18n/t';

/**
 * The largest file an import reads. 3,300 cookies (all a browser keeps) take under 2 MB in any
 * format even with long values, so a bigger file is not a cookie export anyone can use whole;
 * the limit keeps a wrong choice (a video, a disk image) from being read into memory at all.
 */
export const maxImportFileBytes = 32 * 1024 * 1024;

/** Megabytes with one decimal, in the user's locale (`40.5`, `40,5`). */
export const megabytes = (bytes: number) =>
  new Intl.NumberFormat(uiLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    bytes / 1024 / 1024,
  );

export function fileTooBigReason(size: number): string | undefined {
  if (size <= maxImportFileBytes) return undefined;
  return t(
    'import_fileTooBig',
    megabytes(size),
    maxImportFileBytes / 1024 / 1024,
    chromeCookieLimits.total,
  );
}

/**
 * The text of a chosen file, or why it is none. A NUL byte never occurs in the text formats and
 * is the mark of binary data; other invalid UTF-8 would otherwise be read as U+FFFD and turn
 * into cookies with mangled values.
 */
export function textOfImportFile(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; error: string } {
  if (bytes.includes(0)) return { ok: false, error: t('import_notTextFile') };
  try {
    // ignoreBOM false (the default) drops a leading byte order mark.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: t('import_notTextFile') };
  }
}

import type { CookieDraft } from '../cookies/cookie';
import type { FieldIssue } from '../cookies/validate-cookie';

/**
 * One cookie of an import. Imports report per cookie so the valid ones can be imported and the
 * others named with the reason, instead of one "Unknown error" for the whole file (a complaint
 * about other editors, cookie-semantics.md).
 */
export type ImportEntry =
  | {
      ok: true;
      draft: CookieDraft;
      /** The text the cookie came from: a line, a `name=value` pair, one JSON object. */
      source: string;
      /** What the parser had to assume or change (severity `note`), then the browser's rules. */
      issues: FieldIssue[];
    }
  | { ok: false; source: string; reason: string };

/** A whole input either parses into entries or is not of the format at all. */
export type ImportParse = { ok: true; entries: ImportEntry[] } | { ok: false; error: string };

export interface ImportTarget {
  /**
   * The store the cookies go to. Files carry the store of the browser they came from
   * (`firefox-container-2`, `1`, ...), which means nothing here.
   */
  storeId: string;
}

export function rejected(source: string, reason: string): ImportEntry {
  return { ok: false, source, reason };
}

export function parseNote(field: FieldIssue['field'], message: string): FieldIssue {
  return { field, severity: 'note', message };
}

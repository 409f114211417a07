import type { FieldIssue } from './validate-cookie';

/** Machine-readable reasons a page acts on (the message is for the user). */
export type WriteErrorCode = 'undo-too-big' | 'background-restarted' | 'cookie-gone';

/** A write that did not happen, with the reason in words and, for bad input, the fields. */
export class CookieWriteError extends Error {
  override name = 'CookieWriteError';
  constructor(
    message: string,
    readonly issues: FieldIssue[] = [],
    readonly code?: WriteErrorCode,
    /** Numbers behind the code, e.g. the bytes an undo record needs and the bytes free. */
    readonly detail?: Record<string, number>,
  ) {
    super(message);
  }
}

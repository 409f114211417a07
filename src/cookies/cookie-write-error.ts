import type { FieldIssue } from './validate-cookie';

/** A write that did not happen, with the reason in words and, for bad input, the fields. */
export class CookieWriteError extends Error {
  override name = 'CookieWriteError';
  constructor(
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }
}

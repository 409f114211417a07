import { describeBrowserError } from '../cookies/browser-error-text';
import { CookieWriteError, type WriteErrorCode } from '../cookies/cookie-write-error';
import type { FieldIssue } from '../cookies/validate-cookie';
import { t } from '../i18n/t';
import { isArrayOf, isFiniteNumber, isRecord, isString } from './basic-guards';
import type { SerializedError } from './cookie-protocol';

/**
 * An error thrown by the background, rethrown on the caller's side with its field issues and,
 * where a page acts on it, a code (e.g. `undo-too-big`: ask the user, then send again).
 */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
  constructor(
    message: string,
    readonly issues: FieldIssue[] = [],
    readonly code?: WriteErrorCode,
    readonly detail: Record<string, number> = {},
  ) {
    super(message);
  }
}

const isIssue = (value: unknown): value is FieldIssue =>
  isRecord(value) && isString(value.field) && isString(value.severity) && isString(value.message);

const codes: readonly WriteErrorCode[] = ['undo-too-big', 'background-restarted', 'cookie-gone'];
const isCode = (value: unknown): value is WriteErrorCode => codes.includes(value as WriteErrorCode);
const isDetail = (value: unknown): value is Record<string, number> =>
  isRecord(value) && Object.values(value).every(isFiniteNumber);

/**
 * Our own errors are written for the user and cross as they are; anything else came from a
 * browser API ("Invalid cookie store id", "No host permissions…") and is put in words.
 */
export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof CookieWriteError || error instanceof ProtocolError)) {
    const words = describeBrowserError(error);
    return { message: `${words.charAt(0).toUpperCase()}${words.slice(1)}.` };
  }
  const { issues, code, detail } = error as { issues?: unknown; code?: unknown; detail?: unknown };
  return {
    message: error.message,
    ...(isArrayOf(isIssue)(issues) && issues.length > 0 ? { issues } : {}),
    ...(isCode(code) ? { code } : {}),
    ...(isDetail(detail) ? { detail } : {}),
  };
}

export function deserializeError(error: unknown): ProtocolError {
  if (isRecord(error) && isString(error.message)) {
    return new ProtocolError(
      error.message,
      isArrayOf(isIssue)(error.issues) ? error.issues : [],
      isCode(error.code) ? error.code : undefined,
      isDetail(error.detail) ? error.detail : {},
    );
  }
  return new ProtocolError(t('protocol_unreadableError'));
}

import type { FieldIssue } from '../cookies/validate-cookie';
import type { SerializedError } from './cookie-protocol';
import { isArrayOf, isRecord, isString } from './shape-guards';

/** An error thrown by the background, rethrown on the caller's side with its field issues. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
  constructor(
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }
}

const isIssue = (value: unknown): value is FieldIssue =>
  isRecord(value) && isString(value.field) && isString(value.severity) && isString(value.message);

export function serializeError(error: unknown): SerializedError {
  if (error instanceof Error) {
    const issues = (error as { issues?: unknown }).issues;
    return isArrayOf(isIssue)(issues) && issues.length > 0
      ? { message: error.message, issues }
      : { message: error.message };
  }
  return { message: String(error) };
}

export function deserializeError(error: unknown): ProtocolError {
  if (isRecord(error) && isString(error.message)) {
    return new ProtocolError(error.message, isArrayOf(isIssue)(error.issues) ? error.issues : []);
  }
  return new ProtocolError('The background answered with an unreadable error.');
}

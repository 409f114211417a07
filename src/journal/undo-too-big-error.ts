import { CookieWriteError } from '../cookies/cookie-write-error';

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * The undo record of an action does not fit in the room the browser gives the extension, even
 * after dropping older history. Thrown before anything changes: the user chooses to go on
 * without undo or to cancel.
 */
export class UndoTooBigError extends CookieWriteError {
  constructor(
    readonly neededBytes: number,
    readonly availableBytes: number,
  ) {
    super(
      `Undo for this action needs ${megabytes(neededBytes)}, more than the ${megabytes(availableBytes)} the browser gives the extension for it. Nothing was changed: go on without undo, or cancel.`,
      [],
      'undo-too-big',
      { neededBytes, availableBytes },
    );
  }
}

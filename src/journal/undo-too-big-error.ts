import { CookieWriteError } from '../cookies/cookie-write-error';
import { t, uiLocale } from '../i18n/t';

/** `11.4 MB`: one decimal, always, with the user's decimal sign. */
const megabytes = (bytes: number) =>
  t(
    'journal_megabytes',
    new Intl.NumberFormat(uiLocale(), {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(bytes / (1024 * 1024)),
  );

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
      t('journal_undoTooBig', megabytes(neededBytes), megabytes(availableBytes)),
      [],
      'undo-too-big',
      { neededBytes, availableBytes },
    );
  }
}

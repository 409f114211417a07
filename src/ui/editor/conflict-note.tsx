import { formatLocalDateTime } from '../../cookies/classify-lifetime';
import type { Cookie } from '../../cookies/cookie';
import type { MergeableField } from '../../cookies/merge-edit';
import { t, tn } from '../../i18n/t';
import { sameSiteText } from './same-site-text';

/** A field's name inside a sentence; the attribute names are the same in every language. */
export const fieldWords: Readonly<Record<MergeableField, string>> = {
  get value() {
    return t('editor_fieldValue');
  },
  secure: 'Secure',
  httpOnly: 'HttpOnly',
  sameSite: 'SameSite',
  get expirationDate() {
    return t('editor_fieldExpiry');
  },
};

const shownChars = 300;

/** The browser's value of a field, as text (cookie values are hostile: never markup). */
export function browserValueText(cookie: Cookie, field: MergeableField): string {
  switch (field) {
    case 'value':
      return cookie.value.length > shownChars
        ? tn('editor_valueTruncated', cookie.value.length, cookie.value.slice(0, shownChars))
        : cookie.value === ''
          ? t('editor_valueEmpty')
          : cookie.value;
    case 'secure':
    case 'httpOnly':
      return cookie[field] ? t('editor_on') : t('editor_off');
    case 'sameSite':
      return sameSiteText[cookie.sameSite];
    case 'expirationDate':
      return cookie.session || cookie.expirationDate === undefined
        ? t('editor_sessionNoExpiry')
        : formatLocalDateTime(new Date(cookie.expirationDate * 1000));
  }
}

/** Beside a field both the user and the browser changed: the browser's value and the choice. */
export function ConflictNote({
  field,
  browser,
  onChoose,
}: {
  field: MergeableField;
  browser: Cookie;
  onChoose: (choice: 'mine' | 'browser') => void;
}) {
  return (
    <fieldset class="conflict" data-testid={`conflict-${field}`}>
      <legend>{t('editor_conflictLegend', fieldWords[field])}</legend>
      <p>
        {t('editor_browserHas')}{' '}
        <bdi class="conflict-value" data-testid={`conflict-${field}-browser`}>
          {browserValueText(browser, field)}
        </bdi>
      </p>
      <button
        type="button"
        data-testid={`conflict-${field}-take`}
        onClick={() => onChoose('browser')}
      >
        {t('editor_useBrowsers')}
      </button>
      <button type="button" data-testid={`conflict-${field}-keep`} onClick={() => onChoose('mine')}>
        {t('editor_keepMine')}
      </button>
    </fieldset>
  );
}

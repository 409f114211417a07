import { formatLocalDateTime } from '../../cookies/classify-lifetime';
import type { Cookie } from '../../cookies/cookie';
import type { MergeableField } from '../../cookies/merge-edit';
import { sameSiteText } from './same-site-text';

export const fieldWords: Record<MergeableField, string> = {
  value: 'value',
  secure: 'Secure',
  httpOnly: 'HttpOnly',
  sameSite: 'SameSite',
  expirationDate: 'expiry',
};

const shownChars = 300;

/** The browser's value of a field, as text (cookie values are hostile: never markup). */
export function browserValueText(cookie: Cookie, field: MergeableField): string {
  switch (field) {
    case 'value':
      return cookie.value.length > shownChars
        ? `${cookie.value.slice(0, shownChars)}… (${cookie.value.length} characters)`
        : cookie.value === ''
          ? '(empty)'
          : cookie.value;
    case 'secure':
    case 'httpOnly':
      return cookie[field] ? 'on' : 'off';
    case 'sameSite':
      return sameSiteText[cookie.sameSite];
    case 'expirationDate':
      return cookie.session || cookie.expirationDate === undefined
        ? 'a session cookie (no expiry)'
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
      <legend>
        You changed the {fieldWords[field]}, and so did the browser since the editor opened
      </legend>
      <p>
        The browser now has:{' '}
        <bdi class="conflict-value" data-testid={`conflict-${field}-browser`}>
          {browserValueText(browser, field)}
        </bdi>
      </p>
      <button
        type="button"
        data-testid={`conflict-${field}-take`}
        onClick={() => onChoose('browser')}
      >
        Use the browser's
      </button>
      <button type="button" data-testid={`conflict-${field}-keep`} onClick={() => onChoose('mine')}>
        Keep mine
      </button>
    </fieldset>
  );
}

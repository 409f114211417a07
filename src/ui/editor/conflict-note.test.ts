import { afterEach, describe, expect, it } from 'vitest';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import { useMessages } from '../../i18n/testing/use-messages';
import { browserValueText, fieldWords } from './conflict-note';
import { sameSiteText } from './same-site-text';

// The words are read when shown, so a switch of language reaches the records exported here.
describe('browserValueText', () => {
  afterEach(() => useMessages('en'));

  it('says a long value in English with its length formatted', () => {
    const cookie = testCookie({ value: 'x'.repeat(1234) });
    expect(browserValueText(cookie, 'value')).toBe(`${'x'.repeat(300)}… (1,234 characters)`);
    expect(browserValueText(testCookie({ value: '' }), 'value')).toBe('(empty)');
    expect(browserValueText(testCookie({ secure: true }), 'secure')).toBe('on');
  });

  it('follows the language in use', () => {
    useMessages('de');
    const cookie = testCookie({ value: 'x'.repeat(1234) });
    expect(browserValueText(cookie, 'value')).toBe(`${'x'.repeat(300)}… (1.234 Zeichen)`);
    expect(browserValueText(testCookie({ httpOnly: false }), 'httpOnly')).toBe('aus');
    expect(fieldWords.expirationDate).toBe('Ablaufdatum');
    expect(fieldWords.secure).toBe('Secure');
    expect(sameSiteText.unspecified).toBe('Nicht gesetzt (Browser behandeln es als Lax)');
  });
});

import { describe, expect, it } from 'vitest';
import {
  djangoCookieValue,
  djangoDeletedCookie,
  djangoSetCookie,
  pythonCookieQuote,
  pythonCookieUnquote,
} from './django-cookie-headers';

describe('cookie headers as Django writes and reads them', () => {
  it("quotes as Python's http.cookies does", () => {
    // Outputs of http.cookies._quote in CPython 3.11.
    expect(pythonCookieQuote('dark:1vQV5E:abc_-')).toBe('dark:1vQV5E:abc_-');
    expect(pythonCookieQuote('hello there')).toBe('"hello there"');
    expect(pythonCookieQuote('a;b,c')).toBe('"a\\073b\\054c"');
    expect(pythonCookieQuote('say "hi" \\o/')).toBe('"say \\"hi\\" \\\\o/"');
    expect(pythonCookieQuote('')).toBe('""');
  });

  it('unquotes what it quoted, and leaves unquoted values alone', () => {
    for (const value of ['hello there', 'a;b,c', 'say "hi" \\o/', 'é', 'plain']) {
      expect(pythonCookieUnquote(pythonCookieQuote(value))).toBe(value);
    }
    expect(pythonCookieUnquote('"')).toBe('"');
    expect(pythonCookieUnquote('%41')).toBe('%41');
  });

  it('reads one cookie from a raw header, the last of a name winning', () => {
    const header = 'a=1; greeting="hello there:x:y"; b=%41; greeting=later';
    expect(djangoCookieValue(header, 'b')).toBe('%41');
    expect(djangoCookieValue(header, 'greeting')).toBe('later');
    expect(djangoCookieValue('greeting="hi \\073"', 'greeting')).toBe('hi ;');
    expect(djangoCookieValue(undefined, 'a')).toBeUndefined();
    expect(djangoCookieValue('novalue; a', 'a')).toBeUndefined();
  });

  it("writes set_cookie's and delete_cookie's headers", () => {
    expect(djangoSetCookie('greeting', 'hi there')).toBe('greeting="hi there"; Path=/');
    expect(djangoDeletedCookie('greeting')).toBe(
      'greeting=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/',
    );
    expect(djangoDeletedCookie('sessionid', 'Lax')).toMatch(/; Path=\/; SameSite=Lax$/);
  });
});

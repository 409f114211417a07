/**
 * Cookie headers as Django writes and reads them (Python's http.cookies underneath), for the
 * flows that copy Django byte for byte: a value outside Python's legal cookie characters is
 * sent in double quotes with octal escapes, where Express would percent-encode it.
 */

// http.cookies._LegalChars: a value of one or more of them is sent as it is (an empty one is "").
const legalCharacters = /^[A-Za-z0-9!#$%&'*+\-.^_`|~:]+$/;
// http.cookies._UnescapedChars beyond the legal ones: kept inside the quotes.
const keptInQuotes = new Set([...' ()/<=>?@[]{}']);

/** Python's `http.cookies._quote`, for values of code points below 256 (the demo checks that). */
export function pythonCookieQuote(value: string): string {
  if (legalCharacters.test(value)) return value;
  let quoted = '';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"' || char === '\\') quoted += `\\${char}`;
    else if (legalCharacters.test(char) || keptInQuotes.has(char)) quoted += char;
    else quoted += `\\${code.toString(8).padStart(3, '0')}`;
  }
  return `"${quoted}"`;
}

/** Python's `http.cookies._unquote`: a quoted value loses its quotes and escapes. */
export function pythonCookieUnquote(value: string): string {
  if (value.length < 2 || !value.startsWith('"') || !value.endsWith('"')) return value;
  return value
    .slice(1, -1)
    .replace(/\\([0-3][0-7][0-7]|.)/g, (_escape, code: string) =>
      code.length === 3 ? String.fromCharCode(Number.parseInt(code, 8)) : code,
    );
}

/**
 * One cookie's value from a raw Cookie header, as Django's `parse_cookie` reads it: split on
 * `;`, the first `=` ends the name, surrounding spaces go, quotes are undone; a later cookie of
 * the same name wins. cookie-parser's req.cookies would percent-decode it instead.
 */
export function djangoCookieValue(header: string | undefined, name: string): string | undefined {
  let found: string | undefined;
  for (const chunk of (header ?? '').split(';')) {
    const equals = chunk.indexOf('=');
    const key = (equals === -1 ? '' : chunk.slice(0, equals)).trim();
    if (key === name) found = pythonCookieUnquote(chunk.slice(equals + 1).trim());
  }
  return found;
}

/** What `response.set_cookie(name, value)` writes with its defaults: Path=/ and nothing else. */
export function djangoSetCookie(name: string, value: string): string {
  return `${name}=${pythonCookieQuote(value)}; Path=/`;
}

/** What Django's `response.delete_cookie(name, samesite=...)` writes, byte for byte. */
export function djangoDeletedCookie(name: string, sameSite?: 'Lax'): string {
  const attributes = sameSite === undefined ? '' : `; SameSite=${sameSite}`;
  return `${name}=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/${attributes}`;
}

import type { Cookie } from './cookie';

/** Bytes of name + value in UTF-8: what the browser's 4,096-byte limit counts. */
export function cookieSize(cookie: Pick<Cookie, 'name' | 'value'>): number {
  return utf8Length(cookie.name) + utf8Length(cookie.value);
}

// Sorting 3,000 cookies calls this ~35,000 times; TextEncoder would allocate on every call.
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one code point of 4 bytes.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

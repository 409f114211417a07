// Python's http.cookies (SimpleCookie) quotes a value holding characters outside its legal
// set: `"caf\351\073 ok"`. Each `\ooo` is one byte in octal, `\"` and `\\` are the quote and
// backslash. Python 3 escapes code points up to U+00FF (so `\351` is "é" read as Latin-1);
// Python 2 escaped the UTF-8 bytes (`\303\251`). Both are told apart below.

import { decodeLatin1, decodeUtf8, encodeLatin1, isWellFormed, utf8Bytes } from './bytes';

export interface PythonQuotedVariant {
  /** How the escaped bytes were read: UTF-8 when they are valid UTF-8, else Latin-1. */
  charset: 'utf-8' | 'latin-1';
}

// SimpleCookie's _LegalChars plus the space, which it leaves alone inside quotes.
const legal = /^[A-Za-z0-9!#$%&'*+\-.^_`|~: ()/<=>?@[\]{}]$/;

/** The unquoted text, or null when the value is not a quoted string with escapes. */
export function decodePythonQuoted(
  text: string,
): { text: string; variant: PythonQuotedVariant } | null {
  if (text.length < 3 || !text.startsWith('"') || !text.endsWith('"')) return null;
  const body = text.slice(1, -1);
  // Only what SimpleCookie writes: escapes, and otherwise printable ASCII.
  if (!/^(?:\\[0-3][0-7]{2}|\\["\\]|[ !#-[\]-~])*$/.test(body)) return null;
  if (!body.includes('\\')) return null;
  const bytes: number[] = [];
  for (const match of body.matchAll(/\\([0-3][0-7]{2})|\\(["\\])|([^\\])/g)) {
    if (match[1]) bytes.push(Number.parseInt(match[1], 8));
    else bytes.push((match[2] ?? match[3] ?? '').charCodeAt(0));
  }
  const raw = new Uint8Array(bytes);
  const asUtf8 = decodeUtf8(raw);
  // Only call it UTF-8 when some byte is above 0x7F; pure ASCII is the same either way.
  const variant: PythonQuotedVariant = {
    charset: asUtf8 !== null && raw.some((byte) => byte > 0x7f) ? 'utf-8' : 'latin-1',
  };
  const decoded = variant.charset === 'utf-8' ? (asUtf8 as string) : decodeLatin1(raw);
  const encoded = encodePythonQuoted(decoded, variant);
  // A value SimpleCookie would not have written (an escaped letter, say) is not claimed.
  return encoded === text ? { text: decoded, variant } : null;
}

/** Quotes as SimpleCookie does; null when the text cannot be written in the charset. */
export function encodePythonQuoted(text: string, variant: PythonQuotedVariant): string | null {
  if (!isWellFormed(text)) return null;
  let quoted = '"';
  for (const char of text) {
    if (legal.test(char)) {
      quoted += char;
    } else if (char === '"' || char === '\\') {
      quoted += `\\${char}`;
    } else {
      const bytes = variant.charset === 'utf-8' ? utf8Bytes(char) : encodeLatin1(char);
      if (!bytes) return null;
      for (const byte of bytes) quoted += `\\${byte.toString(8).padStart(3, '0')}`;
    }
  }
  return `${quoted}"`;
}

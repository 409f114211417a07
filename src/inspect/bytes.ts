// Byte and text helpers shared by the decoders. No Buffer: this code runs in extension pages.

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

/** The bytes as UTF-8, or null when they are not valid UTF-8 (never U+FFFD guesses). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Each byte as the code point of the same number (what Python 3 does with `latin-1`). */
export function decodeLatin1(bytes: Uint8Array): string {
  let text = '';
  // Chunked: String.fromCharCode with a huge spread overflows the argument limit.
  for (let start = 0; start < bytes.length; start += 8192) {
    text += String.fromCharCode(...bytes.subarray(start, start + 8192));
  }
  return text;
}

/** Code points up to U+00FF as single bytes, or null when the text holds anything above. */
export function encodeLatin1(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0xff) return null;
    bytes[index] = code;
  }
  return bytes;
}

/** No lone surrogates: such text cannot be turned into UTF-8 and back unchanged. */
export function isWellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/**
 * Text a person would recognise: no control characters other than tab and line breaks, no
 * replacement characters, no private-use or unassigned-looking noise. Used to refuse "base64"
 * that decodes to binary garbage, the main source of false positives.
 */
export function isReadableText(text: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  return text.length > 0 && !/[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFD\uE000-\uF8FF]/u.test(text);
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
  return difference === 0;
}

/** Compares in time that depends only on the lengths, as the servers do. */
export function stringsEqual(a: string, b: string): boolean {
  return bytesEqual(utf8Bytes(a), utf8Bytes(b));
}

/** Big-endian unsigned integer, or null past 2^53 (no timestamp is that large). */
export function bigEndianNumber(bytes: Uint8Array): number | null {
  if (bytes.length === 0 || bytes.length > 6) return null;
  let value = 0;
  for (const byte of bytes) value = value * 256 + byte;
  return value;
}

/** Minimal big-endian bytes of a non-negative integer (itsdangerous's int_to_bytes). */
export function numberBytes(value: number): Uint8Array {
  const bytes: number[] = [];
  let rest = Math.floor(value);
  while (rest > 0) {
    bytes.unshift(rest % 256);
    rest = Math.floor(rest / 256);
  }
  return new Uint8Array(bytes);
}

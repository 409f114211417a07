// Base64 in both alphabets, padded or not, decoded strictly so that re-encoding gives back the
// exact original text (the variant is remembered).

export interface Base64Variant {
  /** `standard` uses `+` and `/`, `url` uses `-` and `_` (RFC 4648 §5). */
  alphabet: 'standard' | 'url';
  padded: boolean;
}

const standardChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const urlChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const values = new Map<string, number>();
for (let index = 0; index < 64; index++) {
  values.set(standardChars[index] as string, index);
  values.set(urlChars[index] as string, index);
}

export function encodeBase64(bytes: Uint8Array, variant: Base64Variant): string {
  const chars = variant.alphabet === 'url' ? urlChars : standardChars;
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const a = bytes[index] as number;
    const b = bytes[index + 1];
    const c = bytes[index + 2];
    text += chars[a >> 2];
    text += chars[((a & 3) << 4) | ((b ?? 0) >> 4)];
    if (b !== undefined) text += chars[((b & 15) << 2) | ((c ?? 0) >> 6)];
    if (c !== undefined) text += chars[c & 63];
  }
  if (variant.padded) text += '='.repeat((4 - (text.length % 4)) % 4);
  return text;
}

/**
 * Strict decoding: one alphabet, padding only at the end and only as much as needed, and the
 * unused low bits of the last character zero. Anything looser decodes the same bytes from
 * several texts, and re-encoding could not give the user's text back. Null when not base64.
 */
export function decodeBase64(text: string): { bytes: Uint8Array; variant: Base64Variant } | null {
  const match = /^([A-Za-z0-9+/_-]+)(={0,2})$/.exec(text);
  if (!match) return null;
  const body = match[1] as string;
  const padding = (match[2] as string).length;
  const standard = /[+/]/.test(body);
  const url = /[-_]/.test(body);
  if (standard && url) return null;
  if (body.length % 4 === 1) return null;
  if (padding > 0 && (body.length + padding) % 4 !== 0) return null;
  // Without either telling character, padding is the best hint: padded base64 (or base64 that
  // needs no padding) is usually the standard kind, unpadded the URL-safe kind (JWT, Django,
  // itsdangerous). Only the name depends on the guess: re-encoding these bytes gives the same
  // text either way.
  const needsNoPadding = body.length % 4 === 0;
  const alphabet = standard || (!url && (padding > 0 || needsNoPadding)) ? 'standard' : 'url';
  const variant: Base64Variant = {
    alphabet,
    padded: padding > 0 || (needsNoPadding && alphabet === 'standard'),
  };
  const bytes = new Uint8Array(Math.floor((body.length * 3) / 4));
  let bits = 0;
  let bitCount = 0;
  let out = 0;
  for (const char of body) {
    bits = (bits << 6) | (values.get(char) as number);
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      bytes[out++] = (bits >> bitCount) & 0xff;
      bits &= (1 << bitCount) - 1;
    }
  }
  if (bits !== 0) return null;
  return { bytes, variant };
}

/**
 * Unpadded base64url only (JWT, Django, itsdangerous): no `=`, no `+` or `/`. The variant
 * decodeBase64 guesses does not matter here; the format fixes it.
 */
export function decodeBase64Url(text: string): Uint8Array | null {
  if (/[=+/]/.test(text)) return null;
  return decodeBase64(text)?.bytes ?? null;
}

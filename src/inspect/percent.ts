// Percent-encoding (`%3A`, `%7B%22a%22…`). Servers disagree on which characters they escape,
// so the decoder remembers which ones the original left alone and which it escaped, and the
// encoder repeats exactly that choice.

import { decodeUtf8, isWellFormed, utf8Bytes } from './bytes';

export interface PercentVariant {
  /** Hex digits in upper case (`%3A`) or lower case (`%3a`). */
  upperHex: boolean;
  /** Characters the original escaped, each once. */
  escaped: string;
  /** Characters the original left as they are, each once. */
  literal: string;
  /**
   * False when no encoder reproduces the original: the same character both escaped and left
   * alone, or hex digits in mixed case. Such a value is shown decoded but not re-encoded.
   */
  exact: boolean;
}

// encodeURIComponent leaves these alone; a character the original did not show either way
// follows it.
const unreserved = /^[A-Za-z0-9\-_.!~*'()]$/;

/** The text with every `%XX` decoded as UTF-8, or null when there is none or it is not UTF-8. */
export function decodePercent(text: string): { text: string; variant: PercentVariant } | null {
  if (!/%[0-9A-Fa-f]{2}/.test(text) || /%(?![0-9A-Fa-f]{2})/.test(text)) return null;
  const escaped = new Set<string>();
  const literal = new Set<string>();
  let decoded = '';
  let upper = false;
  let lower = false;
  const pattern = /((?:%[0-9A-Fa-f]{2})+)|([^%]+)/g;
  for (const match of text.matchAll(pattern)) {
    const run = match[1];
    if (run) {
      const hex = run.replaceAll('%', '');
      if (/[A-F]/.test(hex)) upper = true;
      if (/[a-f]/.test(hex)) lower = true;
      const bytes = new Uint8Array(hex.length / 2);
      for (let index = 0; index < bytes.length; index++) {
        bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
      }
      const part = decodeUtf8(bytes);
      if (part === null) return null;
      for (const char of part) escaped.add(char);
      decoded += part;
    } else {
      const part = match[2] as string;
      for (const char of part) literal.add(char);
      decoded += part;
    }
  }
  const clash = [...escaped].some((char) => literal.has(char));
  const variant: PercentVariant = {
    upperHex: upper || !lower,
    escaped: [...escaped].join(''),
    literal: [...literal].join(''),
    exact: !clash && !(upper && lower),
  };
  return { text: decoded, variant };
}

/** Escapes the text as the original was escaped; null for text with lone surrogates. */
export function encodePercent(text: string, variant: PercentVariant): string | null {
  if (!isWellFormed(text)) return null;
  let encoded = '';
  for (const char of text) {
    const keep =
      char !== '%' &&
      !variant.escaped.includes(char) &&
      (variant.literal.includes(char) || unreserved.test(char));
    if (keep) {
      encoded += char;
      continue;
    }
    for (const byte of utf8Bytes(char)) {
      const hex = byte.toString(16).padStart(2, '0');
      encoded += `%${variant.upperHex ? hex.toUpperCase() : hex}`;
    }
  }
  return encoded;
}

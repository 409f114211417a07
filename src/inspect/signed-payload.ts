// The payload both Django's `signing.dumps` and itsdangerous's URL-safe serializers sign:
// unpadded base64url of JSON, or `.` + base64url of the zlib-compressed JSON when that is
// shorter (both libraries compress only when it saves more than one byte).

import { decodeBase64Url, encodeBase64 } from './base64';
import { decodeLatin1, decodeUtf8, utf8Bytes } from './bytes';
import { parseJson } from './json';
import { deflate, inflate } from './zlib';

export interface SignedPayload {
  /** The JSON text the server reads. */
  text: string;
  compressed: boolean;
  /** UTF-8 unless the bytes were not valid UTF-8 (Django 3.2 reads them as Latin-1). */
  charset: 'utf-8' | 'latin-1';
}

/** The payload's JSON, or null when it is not base64url JSON (compressed or not). */
export async function decodeSignedPayload(text: string): Promise<SignedPayload | null> {
  const compressed = text.startsWith('.');
  const decoded = decodeBase64Url(compressed ? text.slice(1) : text);
  if (!decoded) return null;
  const bytes = compressed ? await inflate(decoded) : decoded;
  if (!bytes) return null;
  const utf8 = decodeUtf8(bytes);
  const json = utf8 ?? decodeLatin1(bytes);
  // Any JSON value: `signing.dumps("hello")` signs a bare string.
  if (!parseJson(json) && !isJsonScalar(json)) return null;
  return { text: json, compressed, charset: utf8 === null ? 'latin-1' : 'utf-8' };
}

function isJsonScalar(text: string): boolean {
  if (!/^\s*["\-0-9tfn]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Encodes as the libraries do: compressed only when that saves more than one byte. */
export async function encodeSignedPayload(text: string): Promise<string> {
  const bytes = utf8Bytes(text);
  const compressed = await deflate(bytes);
  return compressed.length < bytes.length - 1
    ? `.${encodeBase64(compressed, { alphabet: 'url', padded: false })}`
    : encodeBase64(bytes, { alphabet: 'url', padded: false });
}

// Rails cookies, recognised but not re-signed (Rails derives its keys from secret_key_base
// with PBKDF2 and per-purpose salts, which differ across versions and settings):
//   - signed (ActiveSupport::MessageVerifier): strict base64 data + "--" + hex HMAC digest
//     (SHA-1: 40 hex digits; SHA-256 in newer defaults: 64). The data is JSON or Ruby Marshal.
//   - encrypted (ActiveSupport::MessageEncryptor, AES-256-GCM, Rails 5.2+):
//     base64 ciphertext + "--" + base64 IV (12 bytes) + "--" + base64 auth tag (16 bytes).
//     Unreadable without the key; only named.

import { decodeBase64 } from './base64';

export interface RailsSigned {
  kind: 'signed';
  data: string;
  digest: string;
  algorithm: 'sha1' | 'sha256';
}

export interface RailsEncrypted {
  kind: 'encrypted';
  ciphertext: string;
  iv: string;
  tag: string;
}

export function parseRails(text: string): RailsSigned | RailsEncrypted | null {
  const signed = /^([A-Za-z0-9+/]+={0,2})--([0-9a-f]{40}|[0-9a-f]{64})$/.exec(text);
  if (signed) {
    const data = signed[1] as string;
    const digest = signed[2] as string;
    if (!decodeBase64(data)) return null;
    return { kind: 'signed', data, digest, algorithm: digest.length === 40 ? 'sha1' : 'sha256' };
  }
  const encrypted = /^([A-Za-z0-9+/]+={0,2})--([A-Za-z0-9+/]{16})--([A-Za-z0-9+/]{22}==)$/.exec(
    text,
  );
  if (encrypted) {
    const [, ciphertext, iv, tag] = encrypted as unknown as [string, string, string, string];
    if (!decodeBase64(ciphertext) || !decodeBase64(iv) || !decodeBase64(tag)) return null;
    return { kind: 'encrypted', ciphertext, iv, tag };
  }
  return null;
}

/** Ruby's Marshal format starts with version 4.8. */
export function isRubyMarshal(bytes: Uint8Array): boolean {
  return bytes[0] === 4 && bytes[1] === 8;
}

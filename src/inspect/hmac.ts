// HMAC and hashes through WebCrypto only: the same code in extension pages and in Node tests.

export type HashName = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

export async function digest(hash: HashName, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest(hash, data as Uint8Array<ArrayBuffer>));
}

export async function hmac(
  hash: HashName,
  key: Uint8Array,
  message: Uint8Array,
): Promise<Uint8Array> {
  // WebCrypto refuses an empty HMAC key, but HMAC pads every key with zero bytes to the block
  // size, so one zero byte gives the same MAC as the empty key the server may really use.
  const rawKey = key.length === 0 ? new Uint8Array(1) : key;
  const cryptoKey = await crypto.subtle.importKey(
    'raw',
    rawKey as Uint8Array<ArrayBuffer>,
    { name: 'HMAC', hash },
    false,
    ['sign'],
  );
  return new Uint8Array(
    await crypto.subtle.sign('HMAC', cryptoKey, message as Uint8Array<ArrayBuffer>),
  );
}

import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digest, hmac } from './hmac';

describe('hmac', () => {
  it('agrees with Node’s crypto, empty keys included (WebCrypto refuses those)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 200 }),
        fc.uint8Array({ maxLength: 40 }),
        fc.constantFrom(
          ['SHA-1', 'sha1'] as const,
          ['SHA-256', 'sha256'] as const,
          ['SHA-512', 'sha512'] as const,
        ),
        async (key, message, [hash, nodeName]) => {
          const expected = createHmac(nodeName, key).update(message).digest();
          expect(Buffer.from(await hmac(hash, key, message))).toEqual(expected);
          expect(Buffer.from(await digest(hash, message))).toEqual(
            createHash(nodeName).update(message).digest(),
          );
        },
      ),
    );
  });
});

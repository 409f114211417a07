import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64';
import { present } from './testing/present';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('decodeBase64', () => {
  it.each([
    ['aGk/Pz8+', 'hi???>', { alphabet: 'standard', padded: true }],
    ['aGk_Pz8-', 'hi???>', { alphabet: 'url', padded: false }],
    ['dGVzdA==', 'test', { alphabet: 'standard', padded: true }],
    ['dGVzdA', 'test', { alphabet: 'url', padded: false }],
  ])('%s → %s', (input, output, variant) => {
    const decoded = decodeBase64(input);
    expect(decoded && text(decoded.bytes)).toBe(output);
    expect(decoded?.variant).toEqual(variant);
  });

  it.each([
    ['mixed alphabets', 'ab+_'],
    ['one character too many', 'dGVzdAx'],
    ['padding in the middle', 'dG=VzdA'],
    ['too much padding', 'dGVzdA==='],
    ['padding where none fits', 'dGVz='],
    ['non-zero unused bits (decodes like dGVzdA)', 'dGVzdB'],
    ['empty', ''],
    ['not base64 at all', 'hello world'],
  ])('refuses %s', (_label, input) => {
    expect(decodeBase64(input)).toBeNull();
  });

  it('encodes any bytes so that decoding gives them back, in each variant', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }),
        fc.constantFrom('standard' as const, 'url' as const),
        fc.boolean(),
        (bytes, alphabet, padded) => {
          const encoded = encodeBase64(bytes, { alphabet, padded });
          if (bytes.length === 0) {
            expect(encoded).toBe('');
            return;
          }
          const decoded = decodeBase64(encoded);
          expect(decoded?.bytes).toEqual(bytes);
          // And decoding then encoding gives the text back, variant remembered.
          expect(encodeBase64(present(decoded).bytes, present(decoded).variant)).toBe(encoded);
        },
      ),
    );
  });

  it('agrees with Node’s Buffer', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (bytes) => {
        const standard = Buffer.from(bytes).toString('base64');
        expect(encodeBase64(bytes, { alphabet: 'standard', padded: true })).toBe(standard);
        expect(encodeBase64(bytes, { alphabet: 'url', padded: false })).toBe(
          Buffer.from(bytes).toString('base64url'),
        );
      }),
    );
  });
});

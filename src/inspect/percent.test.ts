import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePercent, encodePercent } from './percent';
import { present } from './testing/present';

describe('decodePercent', () => {
  it('decodes UTF-8 escapes and remembers the hex case', () => {
    expect(decodePercent('s%3Aabc')).toMatchObject({ text: 's:abc', variant: { upperHex: true } });
    expect(decodePercent('caf%c3%a9')).toMatchObject({
      text: 'café',
      variant: { upperHex: false },
    });
  });

  it.each([
    ['no escape', 'plain'],
    ['a bare percent', '100%'],
    ['a percent not followed by hex', '%zz%41'],
    ['bytes that are not UTF-8', 'caf%E9'],
  ])('refuses %s', (_label, input) => {
    expect(decodePercent(input)).toBeNull();
  });

  it('re-encodes exactly as the original: escaped stays escaped, literal stays literal', () => {
    for (const original of [
      's%3Aabc.def%2Bghi',
      '%7B%22a%22%3A1%7D',
      '%7b%22a%22%3a1%7d',
      'a%20b+c',
      'j%3A%5B1%2C2%5D',
      "keep!*'()~-_.%2C",
      '%21%2A',
    ]) {
      const decoded = decodePercent(original);
      expect(decoded?.variant.exact).toBe(true);
      expect(encodePercent(present(decoded).text, present(decoded).variant)).toBe(original);
    }
  });

  it('marks an inconsistent original as not exactly re-encodable', () => {
    expect(decodePercent(':%3A')?.variant.exact).toBe(false);
    expect(decodePercent('%3a%3A')?.variant.exact).toBe(false);
  });

  it('round-trips any text through any encoding decisions', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        fc.string({ maxLength: 5 }),
        fc.boolean(),
        (text, escaped, upperHex) => {
          const variant = { upperHex, escaped, literal: '', exact: true };
          const encoded = encodePercent(text, variant) as string;
          if (!encoded.includes('%')) return; // nothing escaped: not percent-encoded at all
          const decoded = decodePercent(encoded);
          expect(decoded?.text).toBe(text);
          // decode∘encode∘decode: the remembered variant re-encodes the same text.
          expect(encodePercent(present(decoded).text, present(decoded).variant)).toBe(encoded);
        },
      ),
    );
  });

  it('refuses text with lone surrogates instead of writing U+FFFD', () => {
    expect(
      encodePercent('a\uD800b', { upperHex: true, escaped: '', literal: '', exact: true }),
    ).toBeNull();
  });
});

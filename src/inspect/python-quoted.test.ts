import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePythonQuoted, encodePythonQuoted } from './python-quoted';
import { present } from './testing/present';

// Both written by Python 3's http.cookies.SimpleCookie (coded_value).
const python3Cafe = String.raw`"caf\351\073 ok"`;
const python3Json = String.raw`"{\"a\": \"b\054c\"}"`;

describe('decodePythonQuoted', () => {
  it('reads octal escapes as Latin-1 when the bytes are not UTF-8 (Python 3)', () => {
    expect(decodePythonQuoted(python3Cafe)).toEqual({
      text: 'café; ok',
      variant: { charset: 'latin-1' },
    });
  });

  it('reads them as UTF-8 when they are (Python 2 escaped UTF-8 bytes)', () => {
    expect(decodePythonQuoted(String.raw`"caf\303\251\073 ok"`)).toEqual({
      text: 'café; ok',
      variant: { charset: 'utf-8' },
    });
  });

  it('unescapes quotes and backslashes', () => {
    expect(decodePythonQuoted(python3Json)?.text).toBe('{"a": "b,c"}');
  });

  it.each([
    ['unquoted', String.raw`caf\351`],
    ['quoted without escapes', '"abc"'],
    ['an escape SimpleCookie never writes', String.raw`"\a\351"`],
    ['a stray quote inside', String.raw`"a"b\351"`],
    ['an octal escape above \\377', String.raw`"\400"`],
    ['one quote', '"'],
  ])('refuses %s', (_label, input) => {
    expect(decodePythonQuoted(input)).toBeNull();
  });

  it('encode(decode(x)) === x', () => {
    for (const original of [python3Cafe, python3Json, String.raw`"caf\303\251\073 ok"`]) {
      const decoded = decodePythonQuoted(original);
      expect(encodePythonQuoted(present(decoded).text, present(decoded).variant)).toBe(original);
    }
  });

  it('decode(encode(y)) === y for text that needs quoting', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 20 }),
        fc.constantFrom(';', ',', '"', '\\', 'é', '\n'),
        fc.constantFrom('utf-8' as const, 'latin-1' as const),
        (text, special, charset) => {
          const value = text + special;
          const encoded = encodePythonQuoted(value, { charset });
          if (encoded === null) return; // not writable in Latin-1, or a lone surrogate
          const decoded = decodePythonQuoted(encoded);
          expect(decoded?.text).toBe(value);
          expect(encodePythonQuoted(present(decoded).text, present(decoded).variant)).toBe(encoded);
        },
      ),
    );
  });
});

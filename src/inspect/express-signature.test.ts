import cookieSignature from 'cookie-signature';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expressSignature,
  parseExpressSigned,
  signExpress,
  verifyExpress,
} from './express-signature';
import { present } from './testing/present';

describe('Express signed cookies', () => {
  it('signs exactly as the cookie-signature package does', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 40 }),
        fc.string({ minLength: 1, maxLength: 20 }),
        async (value, secret) => {
          expect(await signExpress(value, secret)).toBe(`s:${cookieSignature.sign(value, secret)}`);
        },
      ),
    );
  });

  it('parses and verifies what cookie-signature signed, and its unsign agrees', async () => {
    const signed = `s:${cookieSignature.sign('user-42', 'keyboard cat')}`;
    const parsed = present(parseExpressSigned(signed));
    expect(parsed.value).toBe('user-42');
    expect(await verifyExpress(parsed, 'keyboard cat')).toBe(true);
    expect(await verifyExpress(parsed, 'another secret')).toBe(false);
    const resigned = (await signExpress('user-43', 'keyboard cat')).slice(2);
    expect(cookieSignature.unsign(resigned, 'keyboard cat')).toBe('user-43');
  });

  it('reads a value holding dots (the signature is the last part)', async () => {
    const signed = `s:${cookieSignature.sign('a.b.c', 's')}`;
    expect(parseExpressSigned(signed)?.value).toBe('a.b.c');
    expect(await expressSignature('a.b.c', 's')).toBe(signed.slice(-43));
  });

  it.each([
    ['no s: prefix', `${cookieSignature.sign('x', 's')}`],
    ['a short signature', 's:x.abc'],
    ['j: JSON cookies', 'j:{"a":1}'],
  ])('refuses %s', (_label, input) => {
    expect(parseExpressSigned(input)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { parseDjangoSigned, verifyDjango } from '../../src/inspect/django-signing';
import { base62, signCookieValue, unsignCookieValue } from './django-signer';

// Made by Django 5 itself (see src/inspect/django-signing.test.ts):
// response.set_signed_cookie('theme', 'dark') with this SECRET_KEY at time 1764700000.
const secret = 'django-insecure-test-secret';
const djangoMade = 'dark:1vQV5E:2HcXmYNhuwZT_RmdzM7rj70tTE9CUCOXv5GDCzq8_JE';

describe("Django's signed cookies, on the server", () => {
  it('signs exactly as Django does', () => {
    expect(base62(1764700000)).toBe('1vQV5E');
    expect(base62(0)).toBe('0');
    expect(signCookieValue('theme', 'dark', secret, 1764700000)).toBe(djangoMade);
  });

  it("agrees with the extension's own implementation, which reads it back", async () => {
    const signed = signCookieValue('greeting', 'hello: world', 'another secret', 1900000000);
    const parsed = parseDjangoSigned(signed);
    expect(parsed?.value).toBe('hello: world');
    expect(parsed?.timestamp).toBe(1900000000);
    if (!parsed) throw new Error('not parsed');
    expect(
      await verifyDjango(parsed, 'another secret', { kind: 'signed-cookie', name: 'greeting' }),
    ).toBe(true);
  });

  it('unsigns within max_age, and reports expiry after it', () => {
    expect(unsignCookieValue('theme', djangoMade, secret, 1764700060, 60)).toEqual({
      kind: 'verified',
      value: 'dark',
      signedAt: 1764700000,
      ageSeconds: 60,
    });
    expect(unsignCookieValue('theme', djangoMade, secret, 1764700061, 60)).toEqual({
      kind: 'expired',
      value: 'dark',
      ageSeconds: 61,
    });
  });

  it.each([
    ['a changed value', djangoMade.replace('dark', 'dank')],
    ['a changed timestamp', djangoMade.replace('1vQV5E', '1vQV5F')],
    ['no signature', 'dark'],
    ['no timestamp (a plain Signer value)', 'dark:2HcXmYNhuwZT_RmdzM7rj70tTE9CUCOXv5GDCzq8_JE'],
    ['a shorter signature', djangoMade.slice(0, -1)],
    ['an empty value', ''],
  ])('refuses %s as a bad signature', (_label, value) => {
    expect(unsignCookieValue('theme', value, secret, 1764700000, 60)).toEqual({
      kind: 'tampered',
    });
  });

  it('refuses another cookie name (the salt) and another secret', () => {
    expect(unsignCookieValue('colour', djangoMade, secret, 1764700000, 60).kind).toBe('tampered');
    expect(unsignCookieValue('theme', djangoMade, 'other', 1764700000, 60).kind).toBe('tampered');
  });
});

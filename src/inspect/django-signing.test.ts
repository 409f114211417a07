import { describe, expect, it } from 'vitest';
import {
  b62Decode,
  b62Encode,
  djangoSignature,
  findDjangoPurpose,
  parseDjangoSigned,
  signDjango,
  verifyDjango,
} from './django-signing';
import { present } from './testing/present';

// Literal values from Django's own test suite, tests/signing/tests.py (test_valid_sep and
// test_custom_algorithm): Signer(key="predictable-secret") with the default salt.
const djangoSuite = {
  foo: 'foo:jZQoX_FtSO70jX9HLRGg2A_2s4kdDBxz1QoO_OpEQb0',
  helloSha512:
    'Usf3uVQOZ9m6uPfVonKR-EBXjPe7bjMbp3_Fq8MfsptgkkM1ojidN0BxYaT5HAEN1VzO9_jVu7R-VkqknHYNvw',
};

// Computed in Python from the published algorithm (django/core/signing.py and
// django/utils/crypto.py), SECRET_KEY below, signing time 1764700000 (base62 1vQV5E).
const secret = 'django-insecure-test-secret';
const fixtures = {
  signedCookie: 'dark:1vQV5E:2HcXmYNhuwZT_RmdzM7rj70tTE9CUCOXv5GDCzq8_JE', // set_signed_cookie('theme', 'dark')
  signedCookieSalted: 'dark:1vQV5E:6R4OGVHhCbArz2Kh9L3nC5Tu5a6mb2SSOME8m71xE3s', // salt='prefs'
  signer: 'hello:flZBBr3saSfuvusG-ZFxU0S46rfkgSe-ZL6wsWR9nno', // Signer().sign('hello')
  signerSha1: 'hello:nRi2prE4tA-eL3Y8p7-L2AbPZcc', // Signer(algorithm='sha1')
};

describe('Django signing', () => {
  it('reproduces the signatures in Django’s own test suite', async () => {
    expect(
      await signDjango('foo', {
        secret: 'predictable-secret',
        purpose: { kind: 'signer' },
        timestamp: null,
      }),
    ).toBe(djangoSuite.foo);
    expect(
      await djangoSignature('hello', 'predictable-secret', 'django.core.signing.Signer', 'sha512'),
    ).toBe(djangoSuite.helloSha512);
  });

  it('signs a signed cookie as set_signed_cookie does, salt included', async () => {
    const purpose = { kind: 'signed-cookie' as const, name: 'theme' };
    expect(await signDjango('dark', { secret, purpose, timestamp: 1764700000 })).toBe(
      fixtures.signedCookie,
    );
    expect(
      await signDjango('dark', {
        secret,
        purpose: { ...purpose, salt: 'prefs' },
        timestamp: 1764700000,
      }),
    ).toBe(fixtures.signedCookieSalted);
  });

  it('parses value, timestamp and signature, and tells the algorithm by length', () => {
    expect(parseDjangoSigned(fixtures.signedCookie)).toEqual({
      value: 'dark',
      timestamp: 1764700000,
      timestampText: '1vQV5E',
      signature: '2HcXmYNhuwZT_RmdzM7rj70tTE9CUCOXv5GDCzq8_JE',
      algorithm: 'sha256',
    });
    expect(parseDjangoSigned(fixtures.signer)).toMatchObject({ value: 'hello', timestamp: null });
    expect(parseDjangoSigned(fixtures.signerSha1)?.algorithm).toBe('sha1');
  });

  it('verifies, and finds which purpose the secret signed for', async () => {
    const cookie = present(parseDjangoSigned(fixtures.signedCookie));
    expect(await verifyDjango(cookie, secret, { kind: 'signed-cookie', name: 'theme' })).toBe(true);
    expect(await verifyDjango(cookie, 'wrong', { kind: 'signed-cookie', name: 'theme' })).toBe(
      false,
    );
    expect(await findDjangoPurpose(cookie, secret, 'theme')).toEqual({
      kind: 'signed-cookie',
      name: 'theme',
    });
    expect(await findDjangoPurpose(cookie, secret)).toBeNull();
    const signer = present(parseDjangoSigned(fixtures.signerSha1));
    expect(await findDjangoPurpose(signer, secret)).toEqual({ kind: 'signer' });
  });

  it.each([
    ['no signature', 'plain'],
    ['a signature of no known length', 'value:abcdef'],
    ['a padded signature', 'v:nRi2prE4tA-eL3Y8p7-L2AbPZc='],
    ['nothing before the signature', ':nRi2prE4tA-eL3Y8p7-L2AbPZcc'],
  ])('refuses %s', (_label, input) => {
    expect(parseDjangoSigned(input)).toBeNull();
  });

  it('takes an implausible middle part as part of the value, not as a timestamp', () => {
    expect(parseDjangoSigned('a:zzzzzzz:nRi2prE4tA-eL3Y8p7-L2AbPZcc')).toMatchObject({
      value: 'a:zzzzzzz',
      timestamp: null,
    });
  });

  it('converts base62 as Django does', () => {
    expect(b62Encode(1764700000)).toBe('1vQV5E');
    for (const value of [0, 1, 61, 62, -5, 10 ** 10])
      expect(b62Decode(b62Encode(value))).toBe(value);
  });
});

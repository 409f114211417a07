import { createHmac } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import cookieSignature from 'cookie-signature';
import fc from 'fast-check';
import Keygrip from 'keygrip';
import { describe, expect, it } from 'vitest';
import { inspectValue, maxLayers } from './inspect-value';
import type { Layer } from './inspection';

const formats = (layers: Layer[]) => layers.map((layer) => layer.format);
const b64 = (text: string) => Buffer.from(text).toString('base64');
const b64url = (text: string) => Buffer.from(text).toString('base64url');

describe('inspectValue: layers', () => {
  it('shows a URL-encoded base64 JSON as JSON, with a tree to fold', async () => {
    const json = '{"user":"alice","roles":["admin"]}';
    const inspection = await inspectValue(encodeURIComponent(b64(json)));
    expect(inspection.summary).toBe('percent → base64 → json');
    expect(inspection.text).toBe(json);
    expect(inspection.signed).toBe(false);
    const last = inspection.layers.at(-1);
    expect(last?.format === 'json' && last.details.tree).toEqual({
      type: 'object',
      entries: [
        { key: 'user', value: { type: 'string', value: 'alice' } },
        { key: 'roles', value: { type: 'array', items: [{ type: 'string', value: 'admin' }] } },
      ],
    });
  });

  it('reads an Express signed cookie as the cookie header carries it (s%3A…)', async () => {
    const signed = `s:${cookieSignature.sign('user-42', 'keyboard cat')}`;
    const inspection = await inspectValue(encodeURIComponent(signed));
    expect(formats(inspection.layers)).toEqual(['percent', 'express-signed']);
    expect(inspection.text).toBe('user-42');
    expect(inspection.signed).toBe(true);
    expect(inspection.signedNote).toMatch(/re-signed/);
  });

  it('reads cookie-parser JSON cookies, signed or not', async () => {
    const json = encodeURIComponent('j:{"cart":[1,2]}');
    expect((await inspectValue(json)).summary).toBe('percent → express-json → json');
    const signed = encodeURIComponent(`s:${cookieSignature.sign('j:{"a":1}', 'k')}`);
    expect((await inspectValue(signed)).summary).toBe(
      'percent → express-signed → express-json → json',
    );
  });

  it('reads a Flask session down to its JSON, with the signing time', async () => {
    const inspection = await inspectValue(
      '.eJyrVkpOLCpRsopWSiwoyElV0hmlyaJjdZRKi1OLlKyUEnMyk1OVagFu0Wyo.aS8vYA.evQu165slA3IrEZdAUSbM4Y1HoE',
    );
    expect(formats(inspection.layers)).toEqual(['flask-session', 'json']);
    const flask = inspection.layers[0];
    expect(flask?.format === 'flask-session' && flask.details).toMatchObject({
      signedAt: new Date(1764700000 * 1000),
      compressed: true,
    });
  });

  it('reads the examples in django/core/signing.py’s docstring', async () => {
    const plain = await inspectValue('ImhlbGxvIg:1QaUZC:YIye-ze3TTx7gtSv422nZA4sgmk');
    expect(formats(plain.layers)).toEqual(['django-session']);
    expect(plain.text).toBe('"hello"');
    const compressed = await inspectValue(
      '.eJwFwcERACAIwLCF-rCiILN47r-GyZVJsNgkxaFxoDgxcOHGxMKD_T7vhAml:1QaUaL:BA0thEZrp4FQVXIXuOvYJtLJSrQ',
    );
    expect(formats(compressed.layers)).toEqual(['django-session', 'json']);
    expect(JSON.parse(compressed.text)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });

  it('reads a Django signed cookie and its signing time', async () => {
    const inspection = await inspectValue(
      'dark:1vQV5E:2HcXmYNhuwZT_RmdzM7rj70tTE9CUCOXv5GDCzq8_JE',
      { name: 'theme' },
    );
    expect(formats(inspection.layers)).toEqual(['django-timestamp-signed']);
    expect(inspection.text).toBe('dark');
    const layer = inspection.layers[0];
    expect(layer?.format === 'django-timestamp-signed' && layer.details.signedAt).toEqual(
      new Date(1764700000 * 1000),
    );
  });

  it('reads a JWT, dates and warnings included', async () => {
    const token = `${b64url('{"alg":"none"}')}.${b64url('{"sub":"1","exp":1700000000}')}.`;
    const inspection = await inspectValue(token, { now: Date.UTC(2026, 0, 1) });
    expect(formats(inspection.layers)).toEqual(['jwt', 'json']);
    expect(inspection.signed).toBe(false); // alg none: nothing to re-sign
    const jwt = inspection.layers[0];
    expect(jwt?.format === 'jwt' && jwt.details.expiresAt).toEqual(new Date(1700000000 * 1000));
    expect(inspection.warnings.join(' ')).toMatch(/alg "none".*Expired/);
  });

  it('reads a Python-quoted value as the server does, saying which charset', async () => {
    const inspection = await inspectValue(String.raw`"caf\351\073 ok"`);
    expect(inspection.text).toBe('café; ok');
    expect(inspection.layers[0]?.notes.join(' ')).toMatch(/Latin-1/);
    const json = await inspectValue(String.raw`"{\"a\": \"b\054c\"}"`);
    expect(json.summary).toBe('python-quoted → json');
  });

  it('names Rails signed and encrypted cookies', async () => {
    const data = b64('{"_rails":{"message":"ImFsaWNlIg==","exp":null,"pur":"cookie.user"}}');
    const digest = createHmac('sha1', 'k').update(data).digest('hex');
    const signed = await inspectValue(encodeURIComponent(`${data}--${digest}`));
    expect(formats(signed.layers)).toEqual(['percent', 'rails-signed', 'base64', 'json']);
    const encrypted = await inspectValue(
      `${b64('ciphertext bytes')}--${b64('twelve bytes')}--${b64('sixteen bytes!!!')}`,
    );
    expect(formats(encrypted.layers)).toEqual(['rails-encrypted']);
    expect(encrypted.signed).toBe(true);
  });

  it('pairs a cookie-session value with its .sig cookie', async () => {
    const value = b64('{"views":3}');
    const sig = new Keygrip(['k']).sign(`session=${value}`);
    const inspection = await inspectValue(value, { name: 'session', siblingSig: sig });
    expect(formats(inspection.layers)).toEqual(['cookie-session', 'base64', 'json']);
    expect(inspection.signed).toBe(true);
    const unsigned = await inspectValue(value, { name: 'session' });
    expect(formats(unsigned.layers)).toEqual(['base64', 'json']);
  });
});

describe('inspectValue: no false positives', () => {
  it.each([
    ['a hex session id', 'a3f1c2d4e5b6a7980112233445566778'],
    ['a UUID', '550e8400-e29b-41d4-a716-446655440000'],
    ['a PHP session id', '5ajbb1lud4qjq4ndr3lnj2ul3s'],
    ['a Google Analytics id', 'GA1.2.1234567890.1700000000'],
    ['a short word', 'true'],
    ['a number', '1700000000'],
    ['deleted', 'deleted'],
    ['a locale', 'en-US'],
    ['a plain JSON number', '123'],
    ['an empty value', ''],
  ])('%s stays plain', async (_label, value) => {
    const inspection = await inspectValue(value);
    expect(inspection.recognised).toBe(false);
    expect(inspection.text).toBe(value);
  });

  it('random alphanumeric ids are almost never taken for base64', async () => {
    const ids = fc.sample(
      fc.string({
        unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
        minLength: 16,
        maxLength: 40,
      }),
      { numRuns: 1000, seed: 13 },
    );
    let recognised = 0;
    for (const id of ids) if ((await inspectValue(id)).recognised) recognised++;
    expect(recognised).toBeLessThan(5);
  });
});

describe('inspectValue: hostile input', () => {
  it('never throws, whatever the value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (value) => {
        const inspection = await inspectValue(value);
        expect(inspection.input).toBe(value);
      }),
    );
  });

  it('peels at most maxLayers layers', async () => {
    let value = 'hello, world';
    for (let i = 0; i < 20; i++) value = b64(value);
    const inspection = await inspectValue(value);
    expect(inspection.layers).toHaveLength(maxLayers);
  });

  it('does not inflate a zip bomb in a Flask-shaped value', async () => {
    const bomb = Buffer.from(deflateSync(Buffer.alloc(20 * 1024 * 1024, 'a'))).toString(
      'base64url',
    );
    const started = performance.now();
    const inspection = await inspectValue(`.${bomb}.aS8vYA.evQu165slA3IrEZdAUSbM4Y1HoE`);
    expect(inspection.layers.map((layer) => layer.format)).not.toContain('flask-session');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('stays quick on 4 KB of pathological text', async () => {
    const values = [
      '%'.repeat(4096),
      '%25'.repeat(1365),
      `s:${'.'.repeat(4090)}`,
      `${':'.repeat(4000)}${'a'.repeat(43)}`,
      `"${'\\'.repeat(4094)}"`,
      '['.repeat(4096),
      `${'['.repeat(2000)}${']'.repeat(2000)}`,
      'A'.repeat(4096),
      `${'a.'.repeat(2040)}aS8vYA.${'a'.repeat(27)}`,
      `${'Zm9v--'.repeat(680)}${'0'.repeat(40)}`,
    ];
    for (const value of values) {
      const started = performance.now();
      await inspectValue(value);
      expect(performance.now() - started).toBeLessThan(200);
    }
  });

  it('refuses values far longer than a cookie', async () => {
    const inspection = await inspectValue(b64('x'.repeat(100_000)));
    expect(inspection.recognised).toBe(false);
  });

  it('keeps too deeply nested JSON as text', async () => {
    const deep = `${'['.repeat(500)}${']'.repeat(500)}`;
    expect((await inspectValue(encodeURIComponent(deep))).summary).toBe('percent');
  });
});

import cookieParser from 'cookie-parser';
import cookieSignature from 'cookie-signature';
import fc from 'fast-check';
import Keygrip from 'keygrip';
import { describe, expect, it } from 'vitest';
import { parseDjangoSigned, verifyDjango } from './django-signing';
import { inspectValue } from './inspect-value';
import { parseItsdangerous, verifyItsdangerous } from './itsdangerous';
import { encodeLayer, rebuildValue, verifyInspection } from './rebuild-value';
import { decodeSignedPayload } from './signed-payload';
import { present } from './testing/present';

const b64 = (text: string) => Buffer.from(text).toString('base64');
const rebuilt = async (...args: Parameters<typeof rebuildValue>) => {
  const result = await rebuildValue(...args);
  if (!result.ok) throw new Error(result.reason);
  return result;
};

/** Wraps text in random unsigned encodings, as a server might. */
const wrapped = fc
  .tuple(
    fc.json({ maxDepth: 3 }).filter((json) => /^[[{]/.test(json)),
    fc.array(
      fc.constantFrom(
        (text: string) => Buffer.from(text).toString('base64'),
        (text: string) => Buffer.from(text).toString('base64url'),
        (text: string) => Buffer.from(text).toString('base64').replace(/=+$/, ''),
        (text: string) => encodeURIComponent(text),
        (text: string) => encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
      ),
      { maxLength: 3 },
    ),
    fc.boolean(), // cookie-parser's `j:` prefix, which only ever wraps the JSON itself
  )
  .map(([json, encodings, prefixed]) => ({
    json,
    value: encodings.reduce((text, f) => f(text), prefixed ? `j:${json}` : json),
  }));

describe('round trips of unsigned formats', () => {
  it('decode then encode gives the original, layer by layer and whole', async () => {
    await fc.assert(
      fc.asyncProperty(wrapped, async ({ json, value }) => {
        const inspection = await inspectValue(value);
        expect(inspection.text).toBe(json);
        for (const layer of inspection.layers) {
          expect(encodeLayer(layer, layer.output ?? '')).toBe(layer.input);
        }
        expect((await rebuilt(inspection, inspection.text)).value).toBe(value);
      }),
    );
  });

  it('encode then decode gives the edited text', async () => {
    await fc.assert(
      fc.asyncProperty(
        wrapped,
        fc.json({ maxDepth: 3 }).filter((json) => /^[[{]/.test(json)),
        async ({ value }, edited) => {
          const inspection = await inspectValue(value);
          const result = await rebuilt(inspection, edited);
          const again = await inspectValue(result.value);
          expect(again.text).toBe(edited);
          // The same layers, except that base64 without `+/` or `-_` does not tell its alphabet,
          // and percent-encoding with nothing left to escape is not there to see.
          const seen = (summary: string, encoded: string) =>
            summary
              .replaceAll('base64url', 'base64')
              .replaceAll(/percent → /g, (layer) => (encoded.includes('%') ? layer : ''));
          expect(seen(again.summary, result.value)).toBe(seen(inspection.summary, result.value));
        },
      ),
    );
  });

  it('any value the inspector accepts without signature rebuilds to itself', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
          fc.string({ unit: 'grapheme', maxLength: 20 }).map(encodeURIComponent),
          fc.string({ unit: 'grapheme', maxLength: 20 }).map(b64),
        ),
        async (value) => {
          const inspection = await inspectValue(value);
          const exact = inspection.layers.every(
            (layer) => !layer.signed && (layer.format !== 'percent' || layer.details.exact),
          );
          if (!inspection.recognised || !exact) return;
          expect((await rebuilt(inspection, inspection.text)).value).toBe(value);
        },
      ),
    );
  });

  it('refuses an edit that is not JSON where the original was JSON', async () => {
    const inspection = await inspectValue(b64('{"a":1}'));
    expect(await rebuildValue(inspection, '{"a":')).toMatchObject({ ok: false });
  });
});

describe('re-signing', () => {
  it('needs the secret', async () => {
    const inspection = await inspectValue(`s:${cookieSignature.sign('a', 'secret')}`);
    expect(await rebuildValue(inspection, 'b')).toMatchObject({ ok: false });
  });

  it('Express: cookie-parser accepts the re-signed, URL-encoded value', async () => {
    const original = encodeURIComponent(`s:${cookieSignature.sign('user-42', 'keyboard cat')}`);
    const inspection = await inspectValue(original);
    const result = await rebuilt(inspection, 'user-1', { secret: 'keyboard cat' });
    expect(result.warnings).toEqual([]);
    expect(result.value.startsWith('s%3A')).toBe(true);
    expect(cookieParser.signedCookie(decodeURIComponent(result.value), 'keyboard cat')).toBe(
      'user-1',
    );
    expect(await verifyInspection(inspection, 'keyboard cat')).toEqual([
      { format: 'express-signed', valid: true },
    ]);
  });

  it('warns when the secret does not verify the original', async () => {
    const inspection = await inspectValue(`s:${cookieSignature.sign('a', 'right')}`);
    const result = await rebuilt(inspection, 'b', { secret: 'wrong' });
    expect(result.warnings.join(' ')).toMatch(/does not verify/);
  });

  it('cookie-session: a new .sig that keygrip accepts, value re-encoded as base64', async () => {
    const value = b64('{"views":3}');
    const sig = new Keygrip(['k']).sign(`session=${value}`);
    const inspection = await inspectValue(value, { name: 'session', siblingSig: sig });
    const result = await rebuilt(inspection, '{"views":4}', { secret: 'k' });
    expect(result.value).toBe(b64('{"views":4}'));
    expect(new Keygrip(['k']).verify(`session=${result.value}`, present(result.siblingSig))).toBe(
      true,
    );
  });

  it('Flask: a new session that verifies with the secret and holds the edit', async () => {
    const secret = 'flask-test-secret';
    const inspection = await inspectValue(
      'eyJ1c2VyIjoiYWxpY2UiLCJhZG1pbiI6ZmFsc2V9.aS8vYA.uFqa5QWVKvk-QXKWJI6moflXCk4',
    );
    const unchanged = await rebuilt(inspection, inspection.text, { secret, now: 1764700000_000 });
    expect(unchanged.value).toBe(inspection.input);
    const result = await rebuilt(inspection, '{"user":"alice","admin":true}', {
      secret,
      now: Date.UTC(2026, 11, 2),
    });
    const parsed = present(parseItsdangerous(result.value));
    expect(await verifyItsdangerous(parsed, secret)).toBe(true);
    expect(parsed.timestamp).toBe(Date.UTC(2026, 11, 2) / 1000);
    expect((await decodeSignedPayload(parsed.payload))?.text).toBe('{"user":"alice","admin":true}');
  });

  it('Django session: re-signed with the session salt, compressed when shorter', async () => {
    const secret = 'django-insecure-test-secret';
    const original =
      '.eJyrVopPLC3JiC8tTi2Kz0xRslIyVNJBFktKTM5OzQNJpGQl5qXn6yXn55UUZSbpgZToQWWL9XzzU1JznKBqUQzISCzOAOpOTErGg5RqAUxmMck:1vQV5E:owZ1JzLXgL-deep5iBE1pcut2OIL5DwNfT306YPFfwE';
    const inspection = await inspectValue(original);
    expect(inspection.summary).toBe('django-session → json');
    expect(await verifyInspection(inspection, secret)).toEqual([
      { format: 'django-session', valid: true },
    ]);
    const edited = inspection.text.replace('"1"', '"2"');
    const result = await rebuilt(inspection, edited, { secret });
    const parsed = present(parseDjangoSigned(result.value));
    expect(await verifyDjango(parsed, secret, { kind: 'session' })).toBe(true);
    expect((await decodeSignedPayload(parsed.value))?.text).toBe(edited);
  });

  it('Django signed cookie: keeps the purpose the secret verified (cookie name as salt)', async () => {
    const secret = 'django-insecure-test-secret';
    const inspection = await inspectValue(
      'dark:1vQV5E:2HcXmYNhuwZT_RmdzM7rj70tTE9CUCOXv5GDCzq8_JE',
      { name: 'theme' },
    );
    const result = await rebuilt(inspection, 'light', { secret, now: 1764700000_000 });
    expect(result.value).toMatch(/^light:1vQV5E:/);
    expect(
      await verifyDjango(present(parseDjangoSigned(result.value)), secret, {
        kind: 'signed-cookie',
        name: 'theme',
      }),
    ).toBe(true);
  });

  it('Django Signer value: re-signed without a timestamp, as a plain Signer', async () => {
    const secret = 'django-insecure-test-secret';
    const inspection = await inspectValue('hello:flZBBr3saSfuvusG-ZFxU0S46rfkgSe-ZL6wsWR9nno', {
      name: 'greeting',
    });
    expect(inspection.summary).toBe('django-signed');
    // A new secret verifies nothing, so the purpose falls back to the plain Signer's.
    const result = await rebuilt(inspection, 'bye', { secret: 'new-secret' });
    expect(result.warnings).toHaveLength(1);
    const parsed = present(parseDjangoSigned(result.value));
    expect(parsed.timestamp).toBeNull();
    expect(await verifyDjango(parsed, 'new-secret', { kind: 'signer' })).toBe(true);
    const same = await rebuilt(inspection, 'hello', { secret });
    expect(same.value).toBe(inspection.input);
  });

  it('re-signs an HS256 JWT, warning when the secret did not make the original', async () => {
    const jwt = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from('{"a":1}').toString('base64url')}.c2ln`;
    const inspection = await inspectValue(jwt);
    expect(await rebuildValue(inspection, '{"a":2}', { secret: 's' })).toMatchObject({
      ok: true,
      warnings: [expect.stringContaining('does not verify')],
    });
  });

  it('rebuilds an alg-none JWT without a secret', async () => {
    const header = Buffer.from('{"alg":"none"}').toString('base64url');
    const inspection = await inspectValue(
      `${header}.${Buffer.from('{"a":1}').toString('base64url')}.`,
    );
    const result = await rebuilt(inspection, '{"a":2}');
    expect(result.value).toBe(`${header}.${Buffer.from('{"a":2}').toString('base64url')}.`);
  });
});

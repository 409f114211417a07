import { describe, expect, it } from 'vitest';
import { parseItsdangerous, signItsdangerous, verifyItsdangerous } from './itsdangerous';
import { decodeSignedPayload, encodeSignedPayload } from './signed-payload';
import { present } from './testing/present';

// Written by Flask 3.1 / itsdangerous 2.2 (SecureCookieSessionInterface().get_signing_serializer
// (app).dumps(...)) with app.secret_key below and the clock at 1764700000.
const secret = 'flask-test-secret';
const flask = {
  small: 'eyJ1c2VyIjoiYWxpY2UiLCJhZG1pbiI6ZmFsc2V9.aS8vYA.uFqa5QWVKvk-QXKWJI6moflXCk4',
  compressed:
    '.eJyrVkpOLCpRsopWSiwoyElV0hmlyaJjdZRKi1OLlKyUEnMyk1OVagFu0Wyo.aS8vYA.evQu165slA3IrEZdAUSbM4Y1HoE',
  unicode: 'eyJuYW1lIjoiY2FmXHUwMGU5IFx1MjYxNSJ9.aS8vYA.iuxUvyDsygtrwGYnv5FHS0RfF08',
};

describe('Flask sessions (itsdangerous)', () => {
  it('parses the timestamp as big-endian seconds', () => {
    expect(parseItsdangerous(flask.small)).toEqual({
      payload: 'eyJ1c2VyIjoiYWxpY2UiLCJhZG1pbiI6ZmFsc2V9',
      timestamp: 1764700000,
      timestampText: 'aS8vYA',
      signature: 'uFqa5QWVKvk-QXKWJI6moflXCk4',
    });
  });

  it('verifies what Flask signed, and only with its secret', async () => {
    for (const cookie of Object.values(flask)) {
      const parsed = present(parseItsdangerous(cookie));
      expect(await verifyItsdangerous(parsed, secret)).toBe(true);
      expect(await verifyItsdangerous(parsed, 'not the secret')).toBe(false);
    }
  });

  it('re-signs byte for byte as Flask does', async () => {
    const parsed = present(parseItsdangerous(flask.small));
    expect(await signItsdangerous(parsed.payload, 1764700000, secret)).toBe(flask.small);
  });

  it('decodes the payload, compressed or not', async () => {
    expect(await decodeSignedPayload('eyJ1c2VyIjoiYWxpY2UiLCJhZG1pbiI6ZmFsc2V9')).toEqual({
      text: '{"user":"alice","admin":false}',
      compressed: false,
      charset: 'utf-8',
    });
    const compressed = present(parseItsdangerous(flask.compressed));
    const payload = present(await decodeSignedPayload(compressed.payload));
    expect(payload.compressed).toBe(true);
    expect(JSON.parse(payload.text)).toEqual({ cart: Array(40).fill('apple'), user: 'alice' });
  });

  it('re-encodes a payload that Flask reads back: compressed only when shorter', async () => {
    const small = await encodeSignedPayload('{"a":1}');
    expect(small).toBe('eyJhIjoxfQ');
    const big = await encodeSignedPayload(JSON.stringify({ cart: Array(40).fill('apple') }));
    expect(big.startsWith('.')).toBe(true);
    expect((await decodeSignedPayload(big))?.text).toBe(
      JSON.stringify({ cart: Array(40).fill('apple') }),
    );
  });

  it.each([
    ['a JWT-like value without a timestamp', 'eyJhIjoxfQ.eyJhIjoxfQ.abc'],
    ['a timestamp before 2005', 'eyJhIjoxfQ.AQ.uFqa5QWVKvk-QXKWJI6moflXCk4'],
  ])('refuses %s', (_label, input) => {
    expect(parseItsdangerous(input)).toBeNull();
  });
});

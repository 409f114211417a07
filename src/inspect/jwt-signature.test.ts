import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inspectValue } from './inspect-value';
import { signJwt, verifyJwt } from './jwt-signature';
import { rebuildValue, verifyInspection } from './rebuild-value';

// jwt.io's example token, signed with HS256 and the secret "your-256-bit-secret".
const example =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const exampleSecret = 'your-256-bit-secret';

const nodeSignature = (input: string, secret: string, hash: string) =>
  createHmac(hash, secret).update(input).digest('base64url');

describe('JWT signatures', () => {
  it('verify jwt.io’s example with its secret, and not with another', async () => {
    expect(await verifyJwt(example, exampleSecret, 'HS256')).toBe(true);
    expect(await verifyJwt(example, 'wrong', 'HS256')).toBe(false);
    expect(await verifyJwt(example, exampleSecret, 'RS256')).toBeNull();
  });

  it.each([
    ['HS256', 'sha256'],
    ['HS384', 'sha384'],
    ['HS512', 'sha512'],
  ])('sign %s as Node’s HMAC does', async (alg, hash) => {
    const header = Buffer.from(JSON.stringify({ alg, typ: 'JWT' })).toString('base64url');
    const token = await signJwt(header, '{"sub":"ada"}', 's3cret', alg);
    const [h, p, sig] = (token ?? '').split('.');
    expect(sig).toBe(nodeSignature(`${h}.${p}`, 's3cret', hash));
    expect(Buffer.from(p ?? '', 'base64url').toString()).toBe('{"sub":"ada"}');
  });

  it('re-sign an edited payload through the inspector, which the secret then verifies', async () => {
    const inspection = await inspectValue(example);
    expect(await verifyInspection(inspection, exampleSecret)).toEqual([
      { format: 'jwt', valid: true },
    ]);
    const edited = inspection.text.replace('John Doe', 'Ada Lovelace');
    const rebuilt = await rebuildValue(inspection, edited, { secret: exampleSecret });
    if (!rebuilt.ok) throw new Error(rebuilt.reason);
    expect(rebuilt.warnings).toEqual([]);
    const [h, p, sig] = rebuilt.value.split('.');
    expect(h).toBe(example.split('.')[0]);
    expect(Buffer.from(p ?? '', 'base64url').toString()).toContain('Ada Lovelace');
    expect(sig).toBe(nodeSignature(`${h}.${p}`, exampleSecret, 'sha256'));
  });

  it('refuse to re-sign a token signed with a private key, saying why', async () => {
    const header = Buffer.from('{"alg":"RS256","typ":"JWT"}').toString('base64url');
    const payload = Buffer.from('{"sub":"ada"}').toString('base64url');
    const inspection = await inspectValue(`${header}.${payload}.c2lnbmF0dXJl`);
    const rebuilt = await rebuildValue(inspection, '{"sub":"eve"}', { secret: 'x' });
    expect(rebuilt).toEqual({ ok: false, reason: expect.stringContaining('private key') });
  });
});

import { describe, expect, it } from 'vitest';
import { jwtClaims, parseJwt } from './jwt';

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const token = (header: unknown, payload: unknown, signature = 'c2ln') =>
  `${part(header)}.${part(payload)}.${signature}`;

// The example token on jwt.io (HS256, secret "your-256-bit-secret").
const jwtIo =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

describe('JWT', () => {
  it('reads header and payload of the jwt.io example', () => {
    const jwt = parseJwt(jwtIo, Date.UTC(2026, 0, 1));
    expect(jwt?.claims).toEqual({ alg: 'HS256', exp: null, iat: 1516239022, nbf: null });
    expect(JSON.parse(jwt?.payloadText ?? '')).toMatchObject({ name: 'John Doe' });
    expect(jwt?.warnings).toEqual([]);
  });

  it('flags expired, not yet valid, and alg none', () => {
    const now = 1_800_000_000_000;
    const expired = parseJwt(token({ alg: 'HS256' }, { exp: 1_700_000_000 }), now);
    expect(expired?.expired).toBe(true);
    const early = parseJwt(token({ alg: 'HS256' }, { nbf: 1_900_000_000 }), now);
    expect(early?.notYetValid).toBe(true);
    const none = parseJwt(token({ alg: 'none' }, { sub: 'x' }, ''), now);
    expect(none?.warnings.join(' ')).toMatch(/alg "none"/);
  });

  it('jwtClaims: the audit helper', () => {
    expect(jwtClaims(token({ alg: 'RS256' }, { exp: 5, iat: 1, nbf: 'soon' }))).toEqual({
      alg: 'RS256',
      exp: 5,
      iat: 1,
      nbf: null,
    });
    expect(jwtClaims('not.a.jwt')).toBeNull();
  });

  it.each([
    ['a header without alg', token({ typ: 'JWT' }, { a: 1 })],
    ['a payload that is not an object', `${part({ alg: 'HS256' })}.${part([1])}.x`],
    ['padded parts', `${part({ alg: 'HS256' })}=.${part({})}.x`],
    ['two parts', `${part({ alg: 'HS256' })}.${part({})}`],
  ])('refuses %s', (_label, input) => {
    expect(parseJwt(input, 0)).toBeNull();
  });
});

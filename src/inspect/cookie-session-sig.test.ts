import Cookies from 'cookies';
import fc from 'fast-check';
import Keygrip from 'keygrip';
import { describe, expect, it } from 'vitest';
import { cookieSessionSignature, keygripSign, verifyCookieSession } from './cookie-session-sig';

describe('cookie-session .sig cookies', () => {
  it('signs exactly as keygrip does', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 60 }),
        fc.string({ minLength: 1, maxLength: 20 }),
        async (data, key) => {
          expect(await keygripSign(data, key)).toBe(new Keygrip([key]).sign(data));
        },
      ),
    );
  });

  it('gives the .sig the cookies package sets for cookie-session', async () => {
    const value = Buffer.from(JSON.stringify({ user: 'alice', views: 3 })).toString('base64');
    const headers: string[] = [];
    const response = {
      getHeader: () => headers,
      setHeader: (_name: string, set: string[]) => headers.splice(0, headers.length, ...set),
    };
    const cookies = new Cookies({ headers: {}, connection: {} } as never, response as never, {
      keys: ['session-key'],
    });
    cookies.set('session', value, { signed: true });
    const sig = headers.find((header) => header.startsWith('session.sig='))?.split(/[=;]/)[1];
    expect(await cookieSessionSignature('session', value, 'session-key')).toBe(sig);
    expect(await verifyCookieSession('session', value, sig as string, 'session-key')).toBe(true);
    expect(await verifyCookieSession('session', value, sig as string, 'other')).toBe(false);
  });
});

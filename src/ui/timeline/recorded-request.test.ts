import { describe, expect, it } from 'vitest';
import { deletesCookie, headerText, setCookieInstructions } from './recorded-request';

describe('setCookieInstructions', () => {
  it.each([
    [
      [{ name: 'Set-Cookie', value: 'a=1; Path=/; HttpOnly' }],
      [{ name: 'a', value: '1', path: '/' }],
    ],
    [
      [{ name: 'set-cookie', value: 'a=1; Domain=.A.test' }],
      [{ name: 'a', value: '1', domain: 'a.test' }],
    ],
    [
      [{ name: 'set-cookie', value: 'a=1\nb=2; Max-Age=0' }],
      [
        { name: 'a', value: '1' },
        { name: 'b', value: '2' },
      ],
    ],
    [
      [{ name: 'set-cookie', value: 'a=1; Expires=Wed, 21 Oct 2037 07:28:00 GMT, b=2' }],
      [
        { name: 'a', value: '1' },
        { name: 'b', value: '2' },
      ],
    ],
    [[{ name: 'content-type', value: 'text/html' }], []],
  ])('%j → %j', (headers, expected) => {
    expect(
      setCookieInstructions(headers).map(({ name, value, domain, path }) => ({
        name,
        value,
        ...(domain ? { domain } : {}),
        ...(path ? { path } : {}),
      })),
    ).toEqual(expected);
  });
});

describe('setCookieInstructions reads what decides the cookie', () => {
  it('reads Partitioned, Max-Age and Expires', () => {
    expect(
      setCookieInstructions([
        {
          name: 'set-cookie',
          value: 'a=1; Secure; Partitioned; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:01 GMT',
        },
      ]),
    ).toEqual([{ name: 'a', value: '1', partitioned: true, maxAge: 0, expires: 1000 }]);
  });
});

describe('deletesCookie', () => {
  const at = Date.UTC(2030, 0, 1);
  it.each<[string, Parameters<typeof deletesCookie>[0], boolean]>([
    ['no expiry (session cookie)', { name: 'a', value: '' }, false],
    ['Max-Age=0', { name: 'a', value: '', maxAge: 0 }, true],
    ['Max-Age=-5', { name: 'a', value: '', maxAge: -5 }, true],
    ['Max-Age=1', { name: 'a', value: '', maxAge: 1 }, false],
    ['Expires in the past', { name: 'a', value: '', expires: at - 1 }, true],
    ['Expires in the future', { name: 'a', value: '', expires: at + 1000 }, false],
    ['Max-Age wins over a past Expires', { name: 'a', value: '', maxAge: 60, expires: 0 }, false],
  ])('%s', (_label, instruction, expected) => {
    expect(deletesCookie(instruction, at)).toBe(expected);
  });
});

describe('headerText', () => {
  // What DevTools shows for UTF-8 bytes: one Windows-1252 character per byte.
  const asShown = (text: string) =>
    new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));
  it.each<[string, string, string]>([
    ['ASCII', 'a=1', 'a=1'],
    ['UTF-8 bytes', asShown('u=é€x'), 'u=é€x'],
    ['as measured in Chromium 156', 'u=Ã©â‚¬x', 'u=é€x'],
    ['bytes that are not UTF-8 (the cookies API: U+FFFD)', 'u=\u00ff', 'u=\ufffd'],
    ['text beyond one byte a character', 'u=\u05e9', 'u=\u05e9'],
  ])('%s', (_label, header, expected) => {
    expect(headerText(header)).toBe(expected);
  });

  it('lets a non-ASCII Set-Cookie match its cookie value', () => {
    expect(
      setCookieInstructions([{ name: 'set-cookie', value: asShown('u=é€x; Path=/') }])[0]?.value,
    ).toBe('é€x');
  });
});

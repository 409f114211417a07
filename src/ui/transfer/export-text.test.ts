import { describe, expect, it } from 'vitest';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import { exportRequest } from './export-request';
import { exportText } from './export-text';

const cookies = [
  testCookie({ name: 'a', value: '1' }),
  testCookie({ name: 'b', value: "it's", session: false, expirationDate: 1_900_000_000 }),
];
const now = new Date('2026-11-25T12:00:00Z');
const visit = exportRequest(
  { url: new URL('http://a.test/'), top: undefined },
  { url: 'a.test', top: undefined },
);

describe('exportText', () => {
  it.each([
    ['workbench-json', /"format": "cookie-workbench"/, 'cookies-2026-11-25-12-00-00.json'],
    ['cookie-list-json', /^\[/, 'cookies-2026-11-25-12-00-00.json'],
    ['netscape', /^# Netscape HTTP Cookie File/, 'cookies-2026-11-25-12-00-00.txt'],
    ['playwright-storage-state', /^\{\n {2}"cookies": \[/, 'cookies-2026-11-25-12-00-00.json'],
    ['playwright-add-cookies', /^\[\n {2}\{\n {4}"name": "a"/, 'cookies-2026-11-25-12-00-00.json'],
    ['cookie-header', /^a=1; b=it's$/, 'cookies-2026-11-25-12-00-00.txt'],
    [
      'curl',
      /^curl -H 'Cookie: a=1; b=it'\\''s' 'http:\/\/a.test\/'/,
      'cookies-2026-11-25-12-00-00.sh',
    ],
  ] as const)('%s', (format, text, fileName) => {
    const result = exportText(cookies, format, now, visit);
    expect(result).toMatchObject({ ok: true, fileName });
    expect(result.ok && result.text).toMatch(text);
  });

  it('asks for a url where the format needs one', () => {
    expect(exportText(cookies, 'curl', now, undefined)).toEqual({
      ok: false,
      error: 'Enter the url the cookies are for.',
    });
  });
});

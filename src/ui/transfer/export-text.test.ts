import { describe, expect, it } from 'vitest';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import { exportText } from './export-text';

const cookies = [
  testCookie({ name: 'a', value: '1' }),
  testCookie({ name: 'b', value: "it's", session: false, expirationDate: 1_900_000_000 }),
];
const now = new Date('2026-11-25T12:00:00Z');

describe('exportText', () => {
  it.each([
    ['workbench-json', '', /"format": "cookie-workbench"/, 'cookies-2026-11-25-12-00-00.json'],
    ['cookie-list-json', '', /^\[/, 'cookies-2026-11-25-12-00-00.json'],
    ['netscape', '', /^# Netscape HTTP Cookie File/, 'cookies-2026-11-25-12-00-00.txt'],
    ['cookie-header', 'http://a.test/', /^a=1; b=it's$/, 'cookies-2026-11-25-12-00-00.txt'],
    [
      'curl',
      'http://a.test/',
      /^curl -b 'a=1; b=it'\\''s' 'http:\/\/a.test\/'/,
      'cookies-2026-11-25-12-00-00.sh',
    ],
  ] as const)('%s', (format, url, text, fileName) => {
    const result = exportText(cookies, format, url, now);
    expect(result).toMatchObject({ ok: true, fileName });
    expect(result.ok && result.text).toMatch(text);
  });

  it('asks for a url where the format needs one', () => {
    expect(exportText(cookies, 'curl', 'not a url', now)).toEqual({
      ok: false,
      error: 'Enter the full url the cookies are for, e.g. https://example.com/.',
    });
  });
});

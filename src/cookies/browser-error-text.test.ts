import { describe, expect, it } from 'vitest';
import { describeBrowserError } from './browser-error-text';

describe('describeBrowserError', () => {
  it.each([
    ['Failed to parse or set cookie named "a".', /refused it without saying why/],
    ['No host permissions for cookies at url: "https://a.test/".', /site access/],
    ['Invalid cookie store id: "7".', /store is gone/],
    ['URIError: URI malformed', /broken character/],
    ['Resource::kQuotaBytes quota exceeded', /storage is full/],
    [
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
      /background stopped/,
    ],
    ['Something nobody expected', /^the browser refused it$/],
  ])('%s', (raw, words) => {
    const text = describeBrowserError(new Error(raw));
    expect(text).toMatch(words);
    expect(text).not.toContain(raw);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { findFirefox } from './find-firefox.mjs';

describe('findFirefox', () => {
  const saved = process.env.FIREFOX_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.FIREFOX_PATH;
    else process.env.FIREFOX_PATH = saved;
  });

  it('takes FIREFOX_PATH first when it is an executable', () => {
    process.env.FIREFOX_PATH = process.execPath;
    expect(findFirefox()).toEqual({ path: process.execPath });
  });

  it('reports an unusable FIREFOX_PATH instead of guessing another browser', () => {
    process.env.FIREFOX_PATH = '/nonexistent/firefox';
    expect(findFirefox()).toEqual({
      error: 'FIREFOX_PATH is set to "/nonexistent/firefox", which is not an executable file.',
    });
  });

  it('looks for a known install when FIREFOX_PATH is unset', () => {
    delete process.env.FIREFOX_PATH;
    const found = findFirefox();
    expect(found.error).toBeUndefined();
    if (found.path) expect(found.path).toMatch(/firefox/);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { findChromium } from './find-chromium.mjs';

describe('findChromium', () => {
  const saved = process.env.CHROMIUM_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  });

  it('takes CHROMIUM_PATH first when it is an executable', () => {
    process.env.CHROMIUM_PATH = process.execPath;
    expect(findChromium()).toEqual({ path: process.execPath });
  });

  it('reports an unusable CHROMIUM_PATH instead of guessing another browser', () => {
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    expect(findChromium()).toEqual({
      error: 'CHROMIUM_PATH is set to "/nonexistent/chromium", which is not an executable file.',
    });
  });

  it('looks for a known install when CHROMIUM_PATH is unset', () => {
    delete process.env.CHROMIUM_PATH;
    const found = findChromium();
    expect(found.error).toBeUndefined();
    if (found.path) expect(found.path).toMatch(/chromium/);
  });
});

import { describe, expect, it } from 'vitest';
import { compileLinearRegex } from './linear-regex';
import { loadedLinearRegex, loadLinearRegex } from './load-linear-regex';

describe('loadLinearRegex', () => {
  it('loads the compiler once, then hands it out synchronously', async () => {
    expect(loadedLinearRegex()).toBeUndefined();
    // One import shared by both calls: src/lazy-module.test.ts.
    const loading = [loadLinearRegex(), loadLinearRegex()];
    expect(await loading[0]).toBe(compileLinearRegex);
    expect(await loading[1]).toBe(compileLinearRegex);
    expect(loadedLinearRegex()).toBe(compileLinearRegex);
  });
});

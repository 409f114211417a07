import { describe, expect, it } from 'vitest';
import { compileLinearRegex } from './linear-regex';
import { loadedLinearRegex, loadLinearRegex } from './load-linear-regex';

describe('loadLinearRegex', () => {
  it('loads the compiler once, then hands it out synchronously', async () => {
    expect(loadedLinearRegex()).toBeUndefined();
    const loading = [loadLinearRegex(), loadLinearRegex()];
    expect(loading[0]).toBe(loading[1]);
    expect(await loading[0]).toBe(compileLinearRegex);
    expect(loadedLinearRegex()).toBe(compileLinearRegex);
  });
});

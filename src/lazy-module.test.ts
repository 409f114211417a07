import { describe, expect, it } from 'vitest';
import { lazyModule } from './lazy-module';

describe('lazyModule', () => {
  it('imports once, shares the promise, and then has the module at hand', async () => {
    let imports = 0;
    const lazy = lazyModule(async () => {
      imports++;
      return { answer: 42 };
    });
    expect(lazy.loaded()).toBeUndefined();
    const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
    expect(a).toBe(b);
    expect(lazy.loaded()).toBe(a);
    await lazy.load();
    expect(imports).toBe(1);
  });

  it('tries again after a failed import', async () => {
    let attempt = 0;
    const lazy = lazyModule(async () => {
      attempt++;
      if (attempt === 1) throw new Error('chunk gone');
      return 'module';
    });
    await expect(lazy.load()).rejects.toThrow('chunk gone');
    expect(lazy.loaded()).toBeUndefined();
    await expect(lazy.load()).resolves.toBe('module');
    expect(attempt).toBe(2);
  });
});

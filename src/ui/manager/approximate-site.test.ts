import { describe, expect, it } from 'vitest';
import { approximateSite } from './approximate-site';

describe('approximateSite', () => {
  it.each([
    ['a.test', 'a.test'],
    ['sub.a.test', 'a.test'],
    ['.deep.sub.A.Test', 'a.test'],
    ['example.com.', 'example.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['[::1]', '::1'],
    // The known limit of the approximation, why the background is asked first.
    ['shop.example.co.uk', 'co.uk'],
  ])('%s → %s', (host, site) => {
    expect(approximateSite(host)).toBe(site);
  });
});

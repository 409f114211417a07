import { describe, expect, it } from 'vitest';
import { cookieSize } from './cookie-size';

describe('cookieSize', () => {
  it.each<[string, string, number]>([
    ['', '', 0],
    ['a', 'bc', 3],
    ['é', '', 2],
    ['€', '', 3],
    ['😀', 'x', 5],
  ])('%j=%j is %d bytes', (name, value, bytes) => {
    expect(cookieSize({ name, value })).toBe(bytes);
  });
});

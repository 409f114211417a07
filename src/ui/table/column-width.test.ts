import { describe, expect, it } from 'vitest';
import { clampColumnWidth, keyedColumnWidth } from './column-width';

describe('clampColumnWidth', () => {
  it.each([
    [100.4, 100],
    [100.6, 101],
    [3, 24],
    [-50, 24],
    [5000, 2000],
  ])('%d px becomes %d', (width, expected) => {
    expect(clampColumnWidth(width)).toBe(expected);
  });
});

describe('keyedColumnWidth', () => {
  it.each([
    ['ArrowRight', false, 100, 108],
    ['ArrowLeft', false, 100, 92],
    ['ArrowRight', true, 100, 140],
    ['ArrowLeft', true, 100, 60],
    ['ArrowLeft', false, 28, 24],
    ['ArrowLeft', true, 24, 24],
    ['ArrowRight', true, 1990, 2000],
    ['ArrowRight', false, 103.7, 112],
    ['Home', false, 300, 24],
    ['End', false, 300, 2000],
  ] as const)('%s (shift %s) from %d px gives %d px', (key, shift, width, expected) => {
    expect(keyedColumnWidth(width, key, shift)).toBe(expected);
  });

  it.each(['ArrowUp', 'ArrowDown', 'Enter', ' ', 'a'])('ignores %j', (key) => {
    expect(keyedColumnWidth(100, key, false)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { needsBacktracking } from './needs-backtracking';

describe('needsBacktracking', () => {
  it.each<[string, boolean]>([
    ['(a)\\1', true],
    ['(a)(b)\\2', true],
    ['(?<x>a)\\k<x>', true],
    ['a(?=b)', true],
    ['a(?!b)', true],
    ['(?<=a)b', true],
    ['(?<!a)b', true],
    // Not backreferences or lookaround:
    ['(?<name>a)', false],
    ['(?:a)', false],
    ['\\0', false],
    ['\\\\1', false],
    ['\\(?=a', false],
    ['[(?=]', false],
    ['[\\1]', false],
    ['[]](?=a)', true],
    ['\\k', false],
    ['^(a|aa)+b$', false],
  ])('%j → %s', (pattern, expected) => {
    expect(needsBacktracking(pattern)).toBe(expected);
  });
});

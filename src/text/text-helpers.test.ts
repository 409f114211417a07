import { describe, expect, it } from 'vitest';
import { cookieLabel, shownName } from './cookie-label';
import { errorText } from './error-text';
import { plural } from './plural';

describe('text helpers', () => {
  it('names a cookie the same way everywhere, an empty name included', () => {
    expect(cookieLabel({ name: 'sid', domain: '.a.test', path: '/app' })).toBe(
      '"sid" (.a.test/app)',
    );
    expect(cookieLabel({ name: '', domain: 'a.test', path: '/' })).toBe('"(no name)" (a.test/)');
    expect(shownName('')).toBe('(no name)');
  });

  it('counts with the right noun form', () => {
    expect([0, 1, 2].map((n) => plural(n, 'cookie'))).toEqual([
      '0 cookies',
      '1 cookie',
      '2 cookies',
    ]);
  });

  it("gives an Error's message, and anything else thrown as text", () => {
    expect(errorText(new TypeError('bad'))).toBe('bad');
    expect(errorText('plain')).toBe('plain');
    expect(errorText(undefined)).toBe('undefined');
  });
});

import { describe, expect, it } from 'vitest';
import type { Cookie } from '../../cookies/cookie';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import { cookieKey } from './cookie-key';
import {
  emptySelection,
  selectedCookies,
  selectionState,
  setSelected,
  toggleSelected,
} from './cookie-selection';

const a = testCookie({ name: 'a' });
const b = testCookie({ name: 'b' });
const c = testCookie({ name: 'c', path: '/x' });
const byName: Record<string, Cookie> = { a, b, c };
const keys = (...names: string[]) =>
  new Set(names.map((n) => (byName[n] ? cookieKey(byName[n]) : `no such cookie ${n}`)));

describe('selection', () => {
  it('toggles one cookie without touching the set it came from', () => {
    const one = toggleSelected(emptySelection, cookieKey(a));
    expect(one).toEqual(keys('a'));
    expect(toggleSelected(one, cookieKey(a))).toEqual(keys());
    expect(emptySelection.size).toBe(0);
  });

  it.each<[string, string[], string[], boolean, string[]]>([
    ['selects all matching', ['a'], ['b', 'c'], true, ['a', 'b', 'c']],
    ['unselects all matching, keeps the rest', ['a', 'b', 'c'], ['b', 'c'], false, ['a']],
    ['selecting again changes nothing', ['a'], ['a'], true, ['a']],
  ])('%s', (_, start, matching, on, expected) => {
    const matchingKeys = [...keys(...matching)];
    expect(setSelected(keys(...start), matchingKeys, on)).toEqual(keys(...expected));
  });

  it('acts only on cookies that exist now, found by identity (a re-listed copy counts)', () => {
    const selection = keys('a', 'c', 'gone');
    const relisted = [testCookie({ name: 'a', value: 'new value' }), b, c];
    expect(selectedCookies(relisted, selection).map((x) => x.name)).toEqual(['a', 'c']);
    expect(selectedCookies(relisted, emptySelection)).toEqual([]);
  });

  it.each<[string[], 'none' | 'some' | 'all']>([
    [[], 'none'],
    [['a'], 'some'],
    [['a', 'b', 'c'], 'all'],
    [['gone'], 'none'],
  ])('site checkbox state for %j is %s', (selected, state) => {
    expect(selectionState([a, b, c], keys(...selected))).toBe(state);
  });
});

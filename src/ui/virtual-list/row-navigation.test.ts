import { describe, expect, it } from 'vitest';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import { approximateSite } from '../manager/approximate-site';
import { groupBySite } from '../manager/site-groups';
import { visibleRows } from '../manager/visible-rows';
import { type NavigationKey, nextRowIndex, type RowList } from './row-navigation';

// 0 # a.test, 1 a1, 2 a2, 3 # b.test, 4 b1, 5 # c.test, 6 c1, 7 c2, 8 c3
const { items } = visibleRows(
  groupBySite(
    ['a1@a.test', 'a2@a.test', 'b1@b.test', 'c1@c.test', 'c2@c.test', 'c3@c.test'].map((s) => {
      const [name, domain] = s.split('@');
      return testCookie({ name, domain });
    }),
    approximateSite,
    'name',
  ),
  () => true,
);
const list: RowList = { count: items.length, isRow: (i) => items[i]?.kind === 'cookie' };

describe('nextRowIndex', () => {
  it.each<[NavigationKey, number, number | undefined]>([
    ['ArrowDown', -1, 1],
    ['ArrowDown', 1, 2],
    ['ArrowDown', 2, 4],
    ['ArrowDown', 8, undefined],
    ['ArrowUp', -1, 1],
    ['ArrowUp', 4, 2],
    ['ArrowUp', 1, undefined],
    ['Home', 7, 1],
    ['Home', 1, undefined],
    ['End', 1, 8],
    ['PageDown', 1, 4],
    ['PageDown', -1, 2],
    ['PageDown', 6, 8],
    ['PageUp', 8, 6],
    ['PageUp', 4, 1],
    ['PageUp', 2, 1],
  ])('%s from %d → %s', (key, from, to) => {
    expect(nextRowIndex(list, from, key, 3)).toBe(to);
  });

  it('does not move in an empty list', () => {
    expect(nextRowIndex({ count: 0, isRow: () => true }, -1, 'ArrowDown', 3)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import type { Cookie } from '../../cookies/cookie';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import { approximateSite } from './approximate-site';
import { groupBySite } from './site-groups';
import { type ManagerItem, visibleRows } from './visible-rows';

const groups = groupBySite(
  [
    testCookie({ name: 'a1', domain: 'a.test' }),
    testCookie({ name: 'a2', domain: 'sub.a.test', session: false, expirationDate: 4e9 }),
    testCookie({ name: 'b1', domain: 'b.test' }),
    testCookie({ name: 'c1', domain: 'c.test', session: false, expirationDate: 4e9 }),
    testCookie({ name: 'c2', domain: 'c.test', session: false, expirationDate: 4e9 }),
  ],
  approximateSite,
  'name',
);
const lines = (items: ManagerItem[]) =>
  items.map((i) =>
    i.kind === 'site' ? `# ${i.group.site} ${i.session}s ${i.persistent}p` : i.cookie.name,
  );

describe('visibleRows', () => {
  it.each<[string, (c: Cookie) => boolean, string[]]>([
    [
      'everything',
      () => true,
      ['# a.test 1s 1p', 'a1', 'a2', '# b.test 1s 0p', 'b1', '# c.test 0s 2p', 'c1', 'c2'],
    ],
    ['nothing', () => false, []],
    // A site without matches has no header; counts are of the cookies shown.
    ['some', (c) => c.name.endsWith('2'), ['# a.test 0s 1p', 'a2', '# c.test 0s 1p', 'c2']],
  ])('%s', (_, matches, expected) => {
    const { items, matching } = visibleRows(groups, matches);
    expect(lines(items)).toEqual(expected);
    expect(matching.map((c) => c.name)).toEqual(expected.filter((l) => !l.startsWith('#')));
  });

  it('keys rows by cookie identity, so a row keeps its element when others come and go', () => {
    const all = visibleRows(groups, () => true).items;
    const some = visibleRows(groups, (c) => c.name !== 'a1').items;
    const keyOf = (items: ManagerItem[], name: string) =>
      items.find((i) => i.kind === 'cookie' && i.cookie.name === name)?.key;
    expect(keyOf(some, 'a2')).toBe(keyOf(all, 'a2'));
    expect(new Set(all.map((i) => i.key)).size).toBe(all.length);
  });
});

describe('visibleRows with collapsed sites', () => {
  it('keeps the header and its counts, hides the rows, still counts them as matching', () => {
    const view = visibleRows(groups, () => true, new Set([groups[0]?.key ?? '']));
    expect(lines(view.items)).toEqual([
      '# a.test 1s 1p',
      '# b.test 1s 0p',
      'b1',
      '# c.test 0s 2p',
      'c1',
      'c2',
    ]);
    expect(view.matching).toHaveLength(5);
  });
});

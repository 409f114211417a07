import { describe, expect, it } from 'vitest';
import type { Cookie } from '../../cookies/cookie';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import type { ChangeCause, CookieChange } from '../../protocol/cookie-protocol';
import { appendChanges, describeProtection, type TimelineEntry } from './timeline-entries';

const t0 = 1_800_000_000_000;
const change = (
  removed: boolean,
  cause: ChangeCause,
  cookie: Partial<Cookie>,
  time = t0,
  byExtension = false,
): CookieChange => ({
  removed,
  cause,
  cookie: testCookie(cookie),
  time,
  byExtension,
});
const ids = () => {
  let n = 0;
  return () => ++n;
};
const summary = (entries: TimelineEntry[]) =>
  entries.map((e) => [e.action, e.name, e.oldValue, e.newValue, e.attribution.kind]);

describe('appendChanges', () => {
  it('keeps what the background did: a protected cookie put back, a blocked one removed', () => {
    const entries = appendChanges(
      [],
      [
        change(true, 'overwrite', { value: 'alice' }),
        { ...change(false, 'explicit', { value: 'mallory' }, t0 + 1), protection: 'restored' },
        { ...change(false, 'explicit', { name: '_track' }, t0 + 2), protection: 'blocked' },
        change(false, 'explicit', { name: 'other' }, t0 + 3),
      ],
      ids(),
    );
    expect(entries.map((e) => [e.action, e.name, e.protection])).toEqual([
      ['changed', 'sid', 'restored'],
      ['created', '_track', 'blocked'],
      ['created', 'other', undefined],
    ]);
    expect(describeProtection('restored')).toBe('restored (protected)');
  });

  it.each<[string, CookieChange[], unknown[][]]>([
    [
      'a new cookie',
      [change(false, 'explicit', { value: 'v' })],
      [['created', 'sid', undefined, 'v', 'pending']],
    ],
    [
      'an edit (overwrite removal, then the add) is one change with old and new value',
      [
        change(true, 'overwrite', { value: 'old' }),
        change(false, 'explicit', { value: 'new' }, t0 + 1),
      ],
      [['changed', 'sid', 'old', 'new', 'pending']],
    ],
    [
      'a deletion',
      [change(true, 'explicit', { value: 'v' })],
      [['deleted', 'sid', 'v', undefined, 'pending']],
    ],
    [
      'a deletion by past expiry',
      [change(true, 'expired_overwrite', { value: 'v' })],
      [['deleted', 'sid', 'v', undefined, 'pending']],
    ],
    [
      'an expiry',
      [change(true, 'expired', { value: 'v' })],
      [['expired', 'sid', 'v', undefined, 'browser']],
    ],
    [
      'an eviction',
      [change(true, 'evicted', { value: 'v' })],
      [['evicted', 'sid', 'v', undefined, 'browser']],
    ],
    [
      'an overwrite then an add of the same name in a partition: two cookies, two entries',
      [
        change(true, 'overwrite', { value: 'old' }),
        change(
          false,
          'explicit',
          { value: 'chip', partitionKey: { topLevelSite: 'https://a.test' } },
          t0 + 1,
        ),
      ],
      [
        ['overwritten', 'sid', 'old', undefined, 'pending'],
        ['created', 'sid', undefined, 'chip', 'pending'],
      ],
    ],
    [
      'an overwrite with no add after it',
      [change(true, 'overwrite', { value: 'v' })],
      [['overwritten', 'sid', 'v', undefined, 'pending']],
    ],
    [
      'changes of two cookies stay apart',
      [
        change(true, 'overwrite', { name: 'a', value: '1' }),
        change(false, 'explicit', { name: 'b', value: '2' }),
      ],
      [
        ['overwritten', 'a', '1', undefined, 'pending'],
        ['created', 'b', undefined, '2', 'pending'],
      ],
    ],
    [
      'an add long after an overwrite is a new cookie',
      [
        change(true, 'overwrite', { value: 'old' }),
        change(false, 'explicit', { value: 'new' }, t0 + 10_000),
      ],
      [
        ['overwritten', 'sid', 'old', undefined, 'pending'],
        ['created', 'sid', undefined, 'new', 'pending'],
      ],
    ],
    [
      "the extension's own writes say so",
      [change(false, 'explicit', { value: 'v' }, t0, true)],
      [['created', 'sid', undefined, 'v', 'extension']],
    ],
  ])('%s', (_label, changes, expected) => {
    expect(summary(appendChanges([], changes, ids()))).toEqual(expected);
  });

  it('pairs an edit split across two batches', () => {
    const next = ids();
    const first = appendChanges([], [change(true, 'overwrite', { value: 'old' })], next);
    expect(
      summary(appendChanges(first, [change(false, 'explicit', { value: 'new' }, t0 + 5)], next)),
    ).toEqual([['changed', 'sid', 'old', 'new', 'pending']]);
  });
});

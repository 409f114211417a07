import { describe, expect, it } from 'vitest';
import type { Cookie } from '../cookies/cookie';
import { siteOfHost } from '../cookies/cookie-site';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import { diffCookies, diffSnapshots, diffSnapshotWithCurrent } from './diff-cookies';
import { createSnapshot } from './snapshot';

const nowMs = 1_800_000_000_000;
const partition = { topLevelSite: 'https://top.test', hasCrossSiteAncestor: true };

const names = (cookies: Cookie[]) => cookies.map((c) => `${c.name}@${c.domain}${c.path}`);

describe('diffCookies', () => {
  const cases: {
    title: string;
    before: Cookie[];
    after: Cookie[];
    added: string[];
    removed: string[];
    changed: string[];
  }[] = [
    {
      title: 'same name on two paths is two cookies',
      before: [testCookie({ path: '/' })],
      after: [testCookie({ path: '/' }), testCookie({ path: '/app' })],
      added: ['sid@a.test/app'],
      removed: [],
      changed: [],
    },
    {
      title: 'host-only and domain cookies of one host are different cookies',
      before: [testCookie({ domain: 'a.test', hostOnly: true })],
      after: [testCookie({ domain: '.a.test', hostOnly: false })],
      added: ['sid@.a.test/'],
      removed: ['sid@a.test/'],
      changed: [],
    },
    {
      title: 'a partitioned cookie is not the unpartitioned one',
      before: [testCookie({ secure: true })],
      after: [testCookie({ secure: true, partitionKey: partition })],
      added: ['sid@a.test/'],
      removed: ['sid@a.test/'],
      changed: [],
    },
    {
      title: 'stores are kept apart',
      before: [testCookie({ storeId: '0' })],
      after: [testCookie({ storeId: '1' })],
      added: ['sid@a.test/'],
      removed: ['sid@a.test/'],
      changed: [],
    },
    {
      title: 'a new value at one identity is a change',
      before: [testCookie({ value: 'alice' })],
      after: [testCookie({ value: 'bob' })],
      added: [],
      removed: [],
      changed: ['sid@a.test/'],
    },
  ];
  it.each(cases)('$title', ({ before, after, added, removed, changed }) => {
    const diff = diffCookies(before, after);
    expect(names(diff.added)).toEqual(added);
    expect(names(diff.removed)).toEqual(removed);
    expect(names(diff.changed.map((c) => c.after))).toEqual(changed);
  });

  it('gives each changed attribute old → new in the history’s words', () => {
    const before = testCookie({ value: 'alice', session: true });
    const after = testCookie({ value: 'bob', session: false, expirationDate: 2e9, httpOnly: true });
    expect(diffCookies([before], [after]).changed).toEqual([
      {
        before,
        after,
        attributes: [
          { field: 'value', before: 'alice', after: 'bob' },
          { field: 'expires', before: 'session', after: '2000000000' },
          { field: 'httpOnly', before: 'off', after: 'on' },
        ],
      },
    ]);
  });

  it('counts cookies alike as unchanged, and an expiry differing by a fraction as alike', () => {
    const a = testCookie({ session: false, expirationDate: 2e9 + 0.25 });
    const diff = diffCookies([a], [{ ...a, expirationDate: 2e9 }]);
    expect(diff.unchanged).toHaveLength(1);
    expect(diff.changed).toEqual([]);
  });
});

describe('diffSnapshotWithCurrent and diffSnapshots', () => {
  const alice = testCookie({ name: 'sid', value: 'alice', domain: '.a.test', hostOnly: false });
  const bob = { ...alice, value: 'bob' };
  const theme = testCookie({ name: 'theme', value: 'dark' });
  const elsewhere = testCookie({ name: 'sid', domain: 'b.test' });
  const otherStore = testCookie({ name: 'x', storeId: '1' });

  it('compares a site snapshot with the current cookies of its sites and store only', () => {
    const snapshot = createSnapshot({
      sites: ['a.test'],
      id: '1',
      name: 'Alice',
      storeId: '0',
      cookies: [alice],
      nowMs,
    });
    const diff = diffSnapshotWithCurrent(snapshot, [bob, theme, elsewhere, otherStore], siteOfHost);
    expect(diff.changed.map((c) => [c.before.value, c.after.value])).toEqual([['bob', 'alice']]);
    expect(names(diff.removed)).toEqual(['theme@a.test/']);
    expect(diff.added).toEqual([]);
  });

  it('compares a selection only at its own identities', () => {
    const snapshot = createSnapshot({
      sites: ['a.test'],
      id: '1',
      name: 'Token',
      storeId: '0',
      cookies: [alice],
      scope: 'cookies',
      nowMs,
    });
    const diff = diffSnapshotWithCurrent(snapshot, [theme], siteOfHost);
    expect(names(diff.added)).toEqual(['sid@.a.test/']);
    expect(diff.removed).toEqual([]);
  });

  it('diffs two snapshots', () => {
    const a = createSnapshot({
      sites: ['a.test'],
      id: '1',
      name: 'Alice',
      storeId: '0',
      cookies: [alice, theme],
      nowMs,
    });
    const b = createSnapshot({
      sites: ['a.test'],
      id: '2',
      name: 'Bob',
      storeId: '0',
      cookies: [bob],
      nowMs,
    });
    const diff = diffSnapshots(a, b);
    expect(diff.changed[0]?.attributes).toEqual([
      { field: 'value', before: 'alice', after: 'bob' },
    ]);
    expect(names(diff.removed)).toEqual(['theme@a.test/']);
  });
});

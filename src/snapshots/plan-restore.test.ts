import { describe, expect, it } from 'vitest';
import { daySeconds } from '../cookies/classify-lifetime';
import type { Cookie } from '../cookies/cookie';
import { identityKey } from '../cookies/cookie-identity';
import { publicSuffixRules, siteOfHost } from '../cookies/cookie-site';
import { FakeCookieStore, testCookie } from '../cookies/testing/fake-cookie-store';
import { applyChanges, reverseChange } from '../journal/apply-changes';
import { planRestore, restoreAction } from './plan-restore';
import { planSwitch } from './plan-switch';
import { createSnapshot, type Snapshot } from './snapshot';

const nowMs = 1_800_000_000_000;
const nowSeconds = nowMs / 1000;
const later = nowSeconds + 30 * daySeconds;
const partition = { topLevelSite: 'https://top.test', hasCrossSiteAncestor: true };

const alice = testCookie({ name: 'sid', value: 'alice', domain: '.a.test', hostOnly: false });
const aliceSession = testCookie({ name: 'csrf', value: 'a1', session: true });
const aliceLong = testCookie({
  name: 'remember',
  value: 'a',
  session: false,
  expirationDate: later,
});

const snapshotOf = (cookies: Cookie[], extra: Partial<Snapshot> = {}): Snapshot => ({
  ...createSnapshot({
    sites: ['a.test'],
    id: 's',
    name: 'Alice',
    storeId: '0',
    cookies,
    nowMs: nowMs - 1000,
  }),
  ...extra,
});

const plan = (snapshot: Snapshot, current: Cookie[], at = nowMs) =>
  planRestore(snapshot, current, { nowMs: at, hostRules: publicSuffixRules, siteOf: siteOfHost });

const shape = (changes: ReturnType<typeof plan>['changes']) =>
  changes.map((c) => {
    const cookie = (c.after ?? c.before) as Cookie;
    const verb = c.before && c.after ? 'write over' : c.after ? 'write' : 'remove';
    return `${verb} ${cookie.name}@${cookie.domain}${cookie.path}`;
  });

describe('planRestore', () => {
  const cases: {
    title: string;
    saved: Cookie[];
    current: Cookie[];
    scope?: Snapshot['scope'];
    changes: string[];
    unchanged?: number;
  }[] = [
    {
      title: 'writes what is missing, removes what the snapshot lacks, leaves what is alike',
      saved: [alice, aliceSession],
      current: [aliceSession, testCookie({ name: 'cart', value: '3' })],
      changes: ['write sid@.a.test/', 'remove cart@a.test/'],
      unchanged: 1,
    },
    {
      title: 'writes over a cookie of the same identity that differs',
      saved: [alice],
      current: [{ ...alice, value: 'bob' }],
      changes: ['write over sid@.a.test/'],
    },
    {
      title: 'same name on another path is another cookie: removed',
      saved: [alice],
      current: [alice, { ...alice, path: '/app', value: 'bob' }],
      changes: ['remove sid@.a.test/app'],
      unchanged: 1,
    },
    {
      title: 'a host-only cookie does not stand for the domain cookie of the same name',
      saved: [alice],
      current: [{ ...alice, domain: 'a.test', hostOnly: true }],
      changes: ['write sid@.a.test/', 'remove sid@a.test/'],
    },
    {
      title: 'a partitioned cookie does not stand for the unpartitioned one',
      saved: [{ ...alice, secure: true, partitionKey: partition }],
      current: [{ ...alice, secure: true }],
      changes: ['write sid@.a.test/', 'remove sid@.a.test/'],
    },
    {
      title: 'cookies of other sites and other stores are never touched',
      saved: [alice],
      current: [
        alice,
        testCookie({ name: 'x', domain: 'b.test' }),
        testCookie({ name: 'y', domain: 'a.test', storeId: '1' }),
      ],
      changes: [],
      unchanged: 1,
    },
    {
      title: 'subdomains belong to the site',
      saved: [alice],
      current: [alice, testCookie({ name: 'x', domain: 'www.a.test' })],
      changes: ['remove x@www.a.test/'],
      unchanged: 1,
    },
    {
      title: 'a selection is written back and nothing else removed',
      saved: [alice],
      scope: 'cookies',
      current: [{ ...alice, value: 'bob' }, testCookie({ name: 'cart' })],
      changes: ['write over sid@.a.test/'],
    },
  ];
  it.each(cases)('$title', ({ saved, current, scope, changes, unchanged = 0 }) => {
    const result = plan(snapshotOf(saved, scope ? { scope } : {}), current);
    expect(shape(result.changes)).toEqual(changes);
    expect(result.unchanged).toBe(unchanged);
    expect(result.expired).toEqual([]);
    expect(result.invalid).toEqual([]);
  });

  it('a snapshot of a site without cookies clears the site (its sites are kept)', () => {
    const empty = createSnapshot({
      id: 'e',
      name: 'Logged out',
      storeId: '0',
      cookies: [],
      sites: ['a.test'],
      nowMs,
    });
    expect(shape(plan(empty, [alice]).changes)).toEqual(['remove sid@.a.test/']);
  });

  it('writes a cookie outside the snapshot’s sites over the current one, and removes nothing there', () => {
    const foreign = testCookie({ name: 'x', value: 'saved', domain: 'b.test' });
    const snapshot = snapshotOf([alice, foreign]);
    const current = [{ ...foreign, value: 'now' }, testCookie({ name: 'y', domain: 'b.test' })];
    expect(shape(plan(snapshot, current).changes)).toEqual([
      'write sid@.a.test/',
      'write over x@b.test/',
    ]);
  });

  it('restores a session cookie as a session cookie', () => {
    const result = plan(snapshotOf([aliceSession]), []);
    expect(result.changes[0]?.after).toMatchObject({ session: true });
    expect(result.changes[0]?.after).not.toHaveProperty('expirationDate');
  });

  it('reports an expired persistent cookie and removes the other account’s at its identity', () => {
    const expired = { ...aliceLong, expirationDate: nowSeconds - 60 };
    const result = plan(snapshotOf([expired]), [{ ...aliceLong, value: 'b' }]);
    expect(result.expired).toHaveLength(1);
    expect(result.expired[0]?.reason).toMatch(/"remember" \(.*a\.test\/.*\) expired on .*2027/);
    expect(shape(result.changes)).toEqual(['remove remember@a.test/']);
    // A selection removes it too: its saved state is gone by now.
    const selection = plan(snapshotOf([expired], { scope: 'cookies' }), [aliceLong]);
    expect(shape(selection.changes)).toEqual(['remove remember@a.test/']);
  });

  it('notes an expiry beyond 400 days, which the browser shortens, and still writes it', () => {
    const far = { ...aliceLong, expirationDate: nowSeconds + 500 * daySeconds };
    const result = plan(snapshotOf([far]), []);
    expect(result.notes).toEqual([expect.stringMatching(/400 days/)]);
    expect(result.changes).toEqual([{ after: far }]);
  });

  it('counts a cookie the browser stored with its expiry shortened to 400 days as restored', () => {
    const far = { ...aliceLong, expirationDate: nowSeconds + 500 * daySeconds };
    const stored = { ...far, expirationDate: nowSeconds + 400 * daySeconds };
    expect(plan(snapshotOf([far]), [stored]).unchanged).toBe(1);
  });

  it('keeps the current cookie when the saved one breaks the browser’s rules', () => {
    const bad = { ...alice, sameSite: 'no_restriction' as const, secure: false };
    const result = plan(snapshotOf([bad]), [alice]);
    expect(result.invalid[0]?.reason).toMatch(/SameSite=None requires the Secure flag/);
    expect(result.changes).toEqual([]);
  });

  it('writes each identity once when a snapshot repeats it', () => {
    const result = plan(snapshotOf([]), []);
    expect(result.changes).toEqual([]);
    const twice = plan({ ...snapshotOf([alice]), cookies: [alice, { ...alice, value: 'x' }] }, []);
    expect(twice.changes).toEqual([{ after: alice }]);
  });

  it('is recorded as one restore action of the journal', () => {
    const snapshot = snapshotOf([alice]);
    const action = restoreAction(snapshot, plan(snapshot, []), nowMs);
    expect(action).toMatchObject({ kind: 'restore', label: 'Restored snapshot "Alice"' });
    expect(action.changes).toHaveLength(1);
  });
});

describe('planRestore with applyChanges', () => {
  const sorted = (cookies: Cookie[]) =>
    [...cookies].sort((a, b) => identityKey(a).localeCompare(identityKey(b)));

  it('makes the store exactly the snapshot, loss-free, and its reverse puts everything back', async () => {
    const partitioned = { ...alice, name: 'chip', secure: true, partitionKey: partition };
    const saved = [alice, aliceSession, aliceLong, partitioned];
    const before = [
      { ...alice, value: 'bob' },
      testCookie({ name: 'cart', value: '3' }),
      testCookie({ name: 'other', domain: 'b.test' }),
    ];
    const store = new FakeCookieStore(nowSeconds, before);
    const result = plan(snapshotOf(saved), await store.getAll({}));
    const outcomes = await applyChanges(store, result.changes, { nowSeconds, since: nowSeconds });
    expect(outcomes.map((o) => o.status)).toEqual(result.changes.map(() => 'applied'));
    const site = (cookies: Cookie[]) => cookies.filter((c) => c.domain.endsWith('a.test'));
    expect(sorted(site(store.cookies))).toEqual(sorted(saved));
    // Restoring again finds nothing to do.
    expect(plan(snapshotOf(saved), store.cookies).changes).toEqual([]);

    const undo = result.changes.map(reverseChange);
    await applyChanges(store, undo, { nowSeconds, since: nowSeconds });
    expect(sorted(store.cookies)).toEqual(sorted(before));
  });
});

describe('planSwitch', () => {
  it('saves the current cookies under the snapshot switched from, and restores the other', () => {
    const bob = { ...alice, value: 'bob' };
    const from = snapshotOf([alice], { id: 'a', name: 'Alice' });
    const to = snapshotOf([bob], { id: 'b', name: 'Bob' });
    const aliceNow = { ...alice, value: 'alice-2' };
    const other = testCookie({ name: 'x', domain: 'b.test' });
    const result = planSwitch(from, to, [aliceNow, other], {
      nowMs,
      hostRules: publicSuffixRules,
      siteOf: siteOfHost,
    });
    expect(result.saved).toMatchObject({ id: 'a', name: 'Alice', savedAt: nowMs });
    expect(result.saved.cookies).toEqual([aliceNow]);
    expect(result.restore.changes).toEqual([{ before: aliceNow, after: bob }]);
  });
});

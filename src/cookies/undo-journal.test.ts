import { describe, expect, it } from 'vitest';
import { draftFromCookie } from './cookie';
import { publicSuffixRules } from './cookie-site';
import { deleteAllExactly } from './delete-exactly';
import { importCookies } from './import-cookies';
import { saveCookie } from './save-cookie';
import { FakeCookieStore, testCookie } from './testing/fake-cookie-store';
import { emptyJournal, journalLimits, recordAction, summarize, undoEntry } from './undo-journal';

const now = 1_800_000_000;
const a = testCookie({
  name: 'a',
  value: '1',
  session: false,
  expirationDate: now + 3600.5,
  httpOnly: true,
});
const b = testCookie({ name: 'b', value: '2', domain: '.a.test', hostOnly: false, path: '/p' });
const partitioned = testCookie({
  name: 'c',
  secure: true,
  partitionKey: { topLevelSite: 'https://b.test', hasCrossSiteAncestor: true },
});
const sorted = <T extends { name: string }>(list: T[]) =>
  [...list].sort((x, y) => x.name.localeCompare(y.name));

describe('recordAction', () => {
  it('numbers entries and keeps the newest within the caps', () => {
    let journal = emptyJournal();
    for (let i = 0; i < journalLimits.entries + 5; i++) {
      journal = recordAction(journal, {
        time: i,
        kind: 'delete',
        label: `#${i}`,
        before: [a],
        after: [],
      }).journal;
    }
    expect(journal.entries).toHaveLength(journalLimits.entries);
    expect(journal.entries[0]?.label).toBe('#5');
    expect(journal.nextId).toBe(journalLimits.entries + 6);
  });

  it('drops the oldest entries when the size cap is reached, keeping at least the newest', () => {
    const huge = testCookie({ value: 'x'.repeat(4000) });
    let journal = emptyJournal();
    for (let i = 0; i < 10; i++) {
      journal = recordAction(journal, {
        time: i,
        kind: 'bulk-delete',
        label: `#${i}`,
        before: Array(100).fill(huge),
        after: [],
      }).journal;
    }
    expect(JSON.stringify(journal.entries).length).toBeLessThanOrEqual(journalLimits.characters);
    expect(journal.entries.at(-1)?.label).toBe('#9');
    // No more dropped than needed: one more of these would not fit.
    const one = JSON.stringify(journal.entries[0]).length;
    expect(JSON.stringify(journal.entries).length + one + 1).toBeGreaterThan(
      journalLimits.characters,
    );
  });

  it('summarises without the cookies', () => {
    const { entry } = recordAction(emptyJournal(), {
      time: 1,
      kind: 'edit',
      label: 'x',
      before: [a],
      after: [a, b],
    });
    expect(summarize(entry)).toEqual({
      id: 1,
      time: 1,
      kind: 'edit',
      label: 'x',
      undone: false,
      count: 2,
    });
  });
});

describe('undoEntry restores exactly', () => {
  it('undoes a bulk delete: every cookie back with identity, flags, expiry and partition', async () => {
    const store = new FakeCookieStore(now, [a, b, partitioned]);
    await deleteAllExactly(store, [a, b, partitioned], now);
    expect(store.cookies).toEqual([]);
    const outcome = await undoEntry(
      store,
      {
        id: 1,
        time: 0,
        kind: 'bulk-delete',
        label: '',
        before: [a, b, partitioned],
        after: [],
        undone: false,
      },
      now,
    );
    expect(outcome).toEqual({ restored: 3, failures: [] });
    expect(sorted(store.cookies)).toEqual(sorted([a, b, partitioned]));
  });

  it('undoes a rename: the new cookie goes, the old one comes back', async () => {
    const store = new FakeCookieStore(now, [a]);
    const saved = await saveCookie(
      store,
      { original: a, draft: { ...draftFromCookie(a), name: 'renamed', value: '9' } },
      now,
    );
    await undoEntry(
      store,
      {
        id: 1,
        time: 0,
        kind: 'edit',
        label: '',
        before: [a],
        after: [saved.cookie],
        undone: false,
      },
      now,
    );
    expect(store.cookies).toEqual([a]);
  });

  it('undoes an overwriting import', async () => {
    const store = new FakeCookieStore(now, [a]);
    const { results, replaced } = await importCookies(
      store,
      [{ ...draftFromCookie(a), value: 'imported' }, draftFromCookie(b)],
      {
        onExisting: 'overwrite',
        nowSeconds: now,
        hostRules: publicSuffixRules,
      },
    );
    const after = results.flatMap((r) => ('cookie' in r ? [r.cookie] : []));
    await undoEntry(
      store,
      { id: 1, time: 0, kind: 'import', label: '', before: replaced, after, undone: false },
      now,
    );
    expect(store.cookies).toEqual([a]);
  });

  it('reports a cookie that expired meanwhile instead of pretending', async () => {
    const store = new FakeCookieStore(now, []);
    const outcome = await undoEntry(
      store,
      {
        id: 1,
        time: 0,
        kind: 'delete',
        label: '',
        before: [{ ...a, expirationDate: now - 5 }],
        after: [],
        undone: false,
      },
      now,
    );
    expect(outcome.restored).toBe(0);
    expect(outcome.failures[0]).toMatch(/"a".*expired by now/);
  });
});

describe('importCookies', () => {
  const options = { nowSeconds: now, hostRules: publicSuffixRules };

  it('imports new cookies and skips existing ones unless told to overwrite', async () => {
    const store = new FakeCookieStore(now, [a]);
    const drafts = [{ ...draftFromCookie(a), value: 'new' }, draftFromCookie(b)];
    const skip = await importCookies(store, drafts, { ...options, onExisting: 'skip' });
    expect(skip.results.map((r) => r.status)).toEqual(['skipped', 'imported']);
    expect(sorted(store.cookies)).toEqual(sorted([a, b]));
    const overwrite = await importCookies(store, drafts, { ...options, onExisting: 'overwrite' });
    expect(overwrite.results.map((r) => r.status)).toEqual(['overwritten', 'overwritten']);
    expect(overwrite.replaced).toEqual([a, b]);
    expect(store.cookies.find((c) => c.name === 'a')?.value).toBe('new');
  });

  it('names the invalid cookie with its reason and imports the others', async () => {
    const store = new FakeCookieStore(now, []);
    const { results } = await importCookies(
      store,
      [draftFromCookie(a), { ...draftFromCookie(b), value: 'bad;value' }],
      { ...options, onExisting: 'skip' },
    );
    expect(results[0]).toMatchObject({ status: 'imported' });
    expect(results[1]).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/"b" on a.test\/p.*";"/),
    });
    expect(store.cookies).toEqual([a]);
  });

  it('reports a cookie the browser refused or stored differently', async () => {
    const store = new FakeCookieStore(now, []);
    store.failNextSets = [() => 'reject', () => 'alter'];
    const { results } = await importCookies(store, [draftFromCookie(a), draftFromCookie(b)], {
      ...options,
      onExisting: 'skip',
    });
    expect(results.map((r) => r.status)).toEqual(['failed', 'failed']);
    expect(results[1]).toMatchObject({ reason: expect.stringMatching(/different value/) });
  });

  it('uses the first of two identical cookies in one file', async () => {
    const store = new FakeCookieStore(now, []);
    const { results } = await importCookies(
      store,
      [draftFromCookie(a), { ...draftFromCookie(a), value: 'second' }],
      { ...options, onExisting: 'overwrite' },
    );
    expect(results.map((r) => r.status)).toEqual(['imported', 'skipped']);
    expect(store.cookies[0]?.value).toBe('1');
  });
});

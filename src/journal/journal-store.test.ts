import { describe, expect, it } from 'vitest';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import { maxEntries } from './journal-budget';
import type { JournalChange } from './journal-entry';
import { JournalStore } from './journal-store';
import { MemorySessionArea } from './testing/memory-session-area';
import { UndoTooBigError } from './undo-too-big-error';

const cookie = (i: number, valueLength = 10) =>
  testCookie({ name: `c${i}`, value: `${i}`.padEnd(valueLength, 'v') });
const deleting = (count: number, valueLength = 10): JournalChange[] =>
  Array.from({ length: count }, (_, i) => ({ before: cookie(i, valueLength) }));
const action = (changes: JournalChange[], label = 'Deleted') => ({
  kind: 'bulk-delete' as const,
  label,
  changes,
  time: 1,
});

describe('JournalStore', () => {
  it('stores the record before the action, then its progress, then marks it done', async () => {
    const journal = new JournalStore(new MemorySessionArea());
    const entry = await journal.begin(action(deleting(3)));
    expect(entry).toMatchObject({ id: 1, state: 'running', count: 3, undoable: true });
    expect(await journal.unfinished()).toEqual([entry]);
    await journal.setProgress(entry.id, 2);
    expect((await journal.entry(1))?.progress).toBe(2);
    await journal.finish(entry.id, [0, 1, 2]);
    expect(await journal.entry(1)).toMatchObject({ state: 'done', count: 3 });
    expect(await journal.changes(1)).toEqual(deleting(3));
    expect(await journal.unfinished()).toEqual([]);
  });

  it('describes what the action changed, and only what it made once finished', async () => {
    const journal = new JournalStore(new MemorySessionArea());
    const changes: JournalChange[] = [
      { before: testCookie({ name: 'a', domain: 'www.a.test' }) },
      { before: testCookie({ name: 'b', value: 'gone', domain: 'b.test' }) },
    ];
    const entry = await journal.begin(action(changes));
    expect(entry.summary).toMatchObject({ sites: ['a.test', 'b.test'], siteCount: 2 });
    await journal.finish(entry.id, [1]);
    expect((await journal.entry(entry.id))?.summary).toEqual({
      sites: ['b.test'],
      siteCount: 1,
      tally: { added: 0, removed: 1, changed: 0 },
      diff: [{ field: 'cookie', before: 'b=gone' }],
    });
  });

  it('keeps only the changes an action made, and no entry when it made none', async () => {
    const journal = new JournalStore(new MemorySessionArea());
    const { id } = await journal.begin(action(deleting(3)));
    await journal.finish(id, [1]);
    expect(await journal.changes(id)).toEqual([{ before: cookie(1) }]);
    expect((await journal.entry(id))?.count).toBe(1);
    const second = await journal.begin(action(deleting(2)));
    await journal.finish(second.id, []);
    expect(await journal.entry(second.id)).toBeUndefined();
  });

  it('refuses, before storing anything, a record that cannot fit even after dropping history', async () => {
    const area = new MemorySessionArea(1024 * 1024);
    const journal = new JournalStore(area);
    await journal.begin(action(deleting(2)));
    const writes = area.writes;
    const error = await journal.begin(action(deleting(300, 4000))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UndoTooBigError);
    expect((error as UndoTooBigError).neededBytes).toBeGreaterThan(1_200_000);
    expect((error as UndoTooBigError).message).toMatch(/needs 1\.\d MB.*Nothing was changed/);
    expect(area.writes).toBe(writes);
  });

  it('drops the oldest finished entries to make room, never a running one', async () => {
    const area = new MemorySessionArea(1.5 * 1024 * 1024);
    const journal = new JournalStore(area);
    const running = await journal.begin(action(deleting(100, 4000), 'running'));
    for (let i = 0; i < 3; i++) {
      const { id } = await journal.begin(action(deleting(100, 4000), `#${i}`));
      await journal.finish(
        id,
        Array.from({ length: 100 }, (_, k) => k),
      );
    }
    const labels = (await journal.list()).map((e) => e.label);
    expect(labels[0]).toBe('running');
    expect(labels.at(-1)).toBe('#2');
    expect(labels).not.toContain('#0');
    expect(await area.bytesInUse()).toBeLessThan(area.quotaBytes);
    expect(await journal.changes(running.id)).toHaveLength(100);
  });

  it(`keeps at most ${maxEntries} entries`, async () => {
    const journal = new JournalStore(new MemorySessionArea());
    for (let i = 0; i < maxEntries + 5; i++) {
      const { id } = await journal.begin(action(deleting(1), `#${i}`));
      await journal.finish(id, [0]);
    }
    const entries = await journal.list();
    expect(entries).toHaveLength(maxEntries);
    expect(entries[0]?.label).toBe('#5');
  });

  it('without undo, keeps identities and fingerprints but no cookie value', async () => {
    const area = new MemorySessionArea();
    const journal = new JournalStore(area);
    const secret = testCookie({ name: 'sid', value: 'secret-session-token' });
    const entry = await journal.begin(action([{ before: secret }]), { withoutUndo: true });
    expect(entry.undoable).toBe(false);
    expect([...area.items.values()].join('')).not.toContain('secret-session-token');
    expect(await journal.changes(entry.id)).toEqual([
      { before: expect.objectContaining({ name: 'sid', valueDigest: expect.any(String) }) },
    ]);
  });

  it('clearing removes the cookies from storage, not just the entries', async () => {
    const area = new MemorySessionArea();
    const journal = new JournalStore(area);
    const secret = testCookie({ value: 'secret-session-token' });
    const { id } = await journal.begin(action([{ before: secret }]));
    await journal.finish(id, [0]);
    expect(await journal.clear()).toBe(1);
    expect([...area.items.values()].join('')).not.toContain('secret-session-token');
    expect([...area.items.keys()]).toEqual(['journal']);
    const next = await journal.begin(action(deleting(1)));
    expect(next.id).toBe(2);
  });

  it('marks a partial undo, and the whole once every change is undone', async () => {
    const journal = new JournalStore(new MemorySessionArea());
    const { id } = await journal.begin(action(deleting(2)));
    await journal.finish(id, [0, 1]);
    await journal.beginUndo(id);
    expect((await journal.unfinished()).map((e) => e.id)).toEqual([id]);
    const changes = await journal.changes(id);
    await journal.finishUndo(id, [{ ...changes[0], undone: true }, changes[1] ?? {}]);
    expect(await journal.entry(id)).toMatchObject({ state: 'partly-undone', notUndone: 1 });
    await journal.finishUndo(id, [
      { ...changes[0], undone: true },
      { ...changes[1], undone: true },
    ]);
    const done = await journal.entry(id);
    expect(done).toMatchObject({ state: 'undone' });
    expect(done?.notUndone).toBeUndefined();
  });

  it('lists recovery notices to every page until one dismisses them, ten minutes at most', async () => {
    const journal = new JournalStore(new MemorySessionArea());
    await journal.addNotices(['finished "Deleted 500 cookies"', 'finished "Imported 3"'], 1000);
    const [first, second] = await Promise.all([
      journal.listNotices(2000),
      journal.listNotices(2000),
    ]);
    expect(first).toEqual([
      { id: 1, time: 1000, text: 'finished "Deleted 500 cookies"' },
      { id: 2, time: 1000, text: 'finished "Imported 3"' },
    ]);
    expect(second).toEqual(first);
    await journal.dismissNotices([1]);
    expect((await journal.listNotices(2000)).map((n) => n.id)).toEqual([2]);
    expect(await journal.listNotices(1000 + 10 * 60 * 1000)).toEqual([]);
  });

  it('drops cookie records no entry points at', async () => {
    const area = new MemorySessionArea();
    const journal = new JournalStore(area);
    const { id } = await journal.begin(action(deleting(1)));
    await area.set({ 'journal/99': '[]' });
    await journal.removeOrphans([...area.items.keys()]);
    expect([...area.items.keys()].sort()).toEqual(['journal', `journal/${id}`]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Cookie } from '../cookies/cookie';
import { FakeCookieStore, testCookie } from '../cookies/testing/fake-cookie-store';
import { deleteAction } from './delete-action';
import { testContext } from './testing/journal-fixtures';
import { MemorySessionArea } from './testing/memory-session-area';
import { undoAction } from './undo-action';
import { UndoTooBigError } from './undo-too-big-error';

const now = 1_800_000_000;
const a = testCookie({ name: 'a', value: '1' });
const b = testCookie({ name: 'b', value: '2', path: '/p' });
const c = testCookie({ name: 'c', value: '3', httpOnly: true });
const sorted = (list: Cookie[]) => [...list].sort((x, y) => x.name.localeCompare(y.name));

describe('deleteAction acts on what the browser has when it runs', () => {
  it('does not count or journal cookies already gone, and Undo does not invent them', async () => {
    // The page listed a, b, c; the site logged out (b, c gone) before the user confirmed.
    const store = new FakeCookieStore(now, [a]);
    const ctx = testContext(store);
    const report = await deleteAction(ctx, [a, b, c]);
    expect(report).toMatchObject({ deleted: 1, failures: [], changed: [] });
    expect(report.alreadyGone).toEqual(['"b" (a.test/p)', '"c" (a.test/)']);
    expect((await ctx.journal.list())[0]).toMatchObject({ count: 1, label: 'Deleted "a"' });
    await undoAction(ctx, report.journalId as number);
    expect(store.cookies).toEqual([a]);
  });

  it('keeps and reports a cookie the site changed since the page read it', async () => {
    const rewritten = { ...b, value: 'new' };
    const store = new FakeCookieStore(now, [a, rewritten]);
    const report = await deleteAction(testContext(store), [a, b]);
    expect(report.deleted).toBe(1);
    expect(report.changed).toEqual([
      '"b" (a.test/p) changed in the browser since the list was read (value); it was kept. Delete it again if you mean it.',
    ]);
    expect(store.cookies).toEqual([rewritten]);
  });

  it('journals what the browser had, exactly, before the first write', async () => {
    const store = new FakeCookieStore(now, [a, b]);
    const ctx = testContext(store);
    let recordedFirst = false;
    const set = store.set.bind(store);
    store.set = async (details) => {
      recordedFirst ||= (await ctx.journal.unfinished()).length === 1;
      return set(details);
    };
    await deleteAction(ctx, [a, b]);
    expect(recordedFirst).toBe(true);
    expect(sorted((await ctx.journal.changes(1)).map((ch) => ch.before as Cookie))).toEqual([a, b]);
  });

  it('changes nothing when the undo record does not fit, and deletes without undo when asked', async () => {
    const big = Array.from({ length: 300 }, (_, i) =>
      testCookie({ name: `n${i}`, value: 'v'.repeat(4000) }),
    );
    const store = new FakeCookieStore(now, big);
    const ctx = testContext(store, { area: new MemorySessionArea(1024 * 1024) });
    await expect(deleteAction(ctx, big)).rejects.toBeInstanceOf(UndoTooBigError);
    expect(store.cookies).toHaveLength(300);
    const report = await deleteAction(ctx, big, { withoutUndo: true });
    expect(report.deleted).toBe(300);
    expect(report.journalId).toBeUndefined();
    expect(store.cookies).toEqual([]);
    expect((await ctx.journal.list())[0]).toMatchObject({ undoable: false, state: 'done' });
  });
});

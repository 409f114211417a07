import { describe, expect, it } from 'vitest';
import { draftFromCookie } from '../cookies/cookie';
import { FakeCookieStore, testCookie } from '../cookies/testing/fake-cookie-store';
import { deleteAction } from './delete-action';
import { saveAction } from './save-action';
import { testContext } from './testing/journal-fixtures';
import { undoAction } from './undo-action';

const now = 1_800_000_000;
const a = testCookie({ name: 'a', value: '1', session: false, expirationDate: now + 3600.5 });
const b = testCookie({ name: 'b', value: '2', path: '/p' });

describe('undoAction', () => {
  it('undoes an edit only where the browser still has what the edit wrote', async () => {
    const store = new FakeCookieStore(now, [a]);
    const ctx = testContext(store);
    const saved = await saveAction(ctx, {
      original: a,
      draft: { ...draftFromCookie(a), value: 'edited' },
    });
    store.cookies = [{ ...a, value: 'site-wrote-later' }];
    const report = await undoAction(ctx, saved.journalId as number);
    expect(report.restored).toBe(0);
    expect(report.failures[0]).toMatch(/"a" \(a.test\/\) changed in the browser meanwhile/);
    expect(store.cookies).toEqual([{ ...a, value: 'site-wrote-later' }]);
  });

  it('stays retryable for the cookies it could not restore, and says which', async () => {
    const store = new FakeCookieStore(now, [a, b]);
    const ctx = testContext(store);
    const { journalId } = await deleteAction(ctx, [a, b]);
    const reborn = { ...b, value: 'set-again-by-the-site' };
    store.cookies = [reborn];
    const first = await undoAction(ctx, journalId as number);
    expect(first).toMatchObject({ restored: 1, remaining: 1 });
    expect(first.failures).toEqual([
      '"b" (a.test/p) was created in the browser meanwhile; kept as it is.',
    ]);
    expect(await ctx.journal.entry(journalId as number)).toMatchObject({
      state: 'partly-undone',
      notUndone: 1,
    });
    // The user deletes the site's new b; Undo then restores the old one, and only that one.
    store.cookies = store.cookies.filter((c) => c !== store.cookies.find((x) => x.name === 'b'));
    store.calls = [];
    const second = await undoAction(ctx, journalId as number);
    expect(second).toEqual({ restored: 1, failures: [], remaining: 0 });
    expect(store.calls.filter((call) => call.startsWith('set'))).toEqual([
      'set b@http://a.test/p/p',
    ]);
    expect(await ctx.journal.entry(journalId as number)).toMatchObject({ state: 'undone' });
  });

  it('restores once when two pages undo the same entry at the same moment', async () => {
    const store = new FakeCookieStore(now, [a]);
    const ctx = testContext(store);
    const { journalId } = await deleteAction(ctx, [a]);
    const both = await Promise.allSettled([
      undoAction(ctx, journalId as number),
      undoAction(ctx, journalId as number),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = both.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(String(rejected.reason)).toMatch(/already undone/);
    expect(store.cookies).toEqual([a]);
  });

  it('refuses to undo an action that ran without undo', async () => {
    const store = new FakeCookieStore(now, [a]);
    const ctx = testContext(store);
    await deleteAction(ctx, [a], { withoutUndo: true });
    const [entry] = await ctx.journal.list();
    await expect(undoAction(ctx, entry?.id as number)).rejects.toThrow(/ran without undo/);
  });
});

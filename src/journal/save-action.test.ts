import { describe, expect, it } from 'vitest';
import { draftFromCookie } from '../cookies/cookie';
import { FakeCookieStore, testCookie } from '../cookies/testing/fake-cookie-store';
import { saveAction } from './save-action';
import { testContext } from './testing/journal-fixtures';
import { undoAction } from './undo-action';

const now = 1_800_000_000;
const a = testCookie({ name: 'a', value: '1', session: false, expirationDate: now + 3600.5 });

describe('saveAction', () => {
  it('journals an edit as the browser had the cookie, and undo puts that back', async () => {
    const current = { ...a, httpOnly: true };
    const store = new FakeCookieStore(now, [current]);
    const ctx = testContext(store);
    const saved = await saveAction(ctx, {
      original: a,
      draft: { ...draftFromCookie(a), value: 'edited' },
    });
    expect(saved).toMatchObject({ plan: 'update', journalId: 1 });
    expect(store.cookies).toEqual([{ ...current, value: 'edited' }]);
    await undoAction(ctx, 1);
    expect(store.cookies).toEqual([current]);
  });

  it('records nothing for a conflict, a refused save or a new cookie', async () => {
    const store = new FakeCookieStore(now, [{ ...a, value: 'site' }]);
    const ctx = testContext(store);
    const conflict = await saveAction(ctx, {
      original: a,
      draft: { ...draftFromCookie(a), value: 'mine' },
    });
    expect(conflict.plan).toBe('conflict');
    store.failNextSets = [() => 'reject'];
    await expect(
      saveAction(ctx, {
        original: { ...a, value: 'site' },
        draft: { ...draftFromCookie(a), value: 'mine' },
      }),
    ).rejects.toThrow(/Not saved/);
    await saveAction(ctx, { draft: { ...draftFromCookie(a), name: 'fresh' } });
    expect(await ctx.journal.list()).toEqual([]);
  });
});

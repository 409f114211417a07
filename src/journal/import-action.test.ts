import { describe, expect, it } from 'vitest';
import { type Cookie, type CookieDraft, draftFromCookie } from '../cookies/cookie';
import { FakeCookieStore, testCookie } from '../cookies/testing/fake-cookie-store';
import { importAction } from './import-action';
import { testContext } from './testing/journal-fixtures';
import { undoAction } from './undo-action';

const now = 1_800_000_000;
const a = testCookie({ name: 'a', value: '1', session: false, expirationDate: now + 3600.5 });
const b = testCookie({ name: 'b', value: '2', domain: '.a.test', hostOnly: false, path: '/p' });
const sorted = (list: Cookie[]) => [...list].sort((x, y) => x.name.localeCompare(y.name));
const statuses = (results: { status: string }[]) => results.map((r) => r.status);
const run = (
  store: FakeCookieStore,
  drafts: CookieDraft[],
  more: Partial<Parameters<typeof importAction>[1]> = {},
) => importAction(testContext(store), { drafts, onExisting: 'skip', seen: [], ...more });

describe('importAction', () => {
  it('imports new cookies and skips existing ones unless told to overwrite', async () => {
    const store = new FakeCookieStore(now, [a]);
    const drafts = [{ ...draftFromCookie(a), value: 'new' }, draftFromCookie(b)];
    const skip = await run(store, drafts);
    expect(statuses(skip.results)).toEqual(['skipped', 'imported']);
    expect(sorted(store.cookies)).toEqual(sorted([a, b]));
    const overwrite = await run(store, drafts, { onExisting: 'overwrite', seen: [a, b] });
    expect(statuses(overwrite.results)).toEqual(['overwritten', 'overwritten']);
    expect(store.cookies.find((c) => c.name === 'a')?.value).toBe('new');
  });

  it('overwrites only cookies still as the preview showed them', async () => {
    const rewritten = { ...a, value: 'site' };
    const store = new FakeCookieStore(now, [rewritten, b]);
    const drafts = [
      { ...draftFromCookie(a), value: 'imported' },
      { ...draftFromCookie(b), value: 'imported' },
    ];
    // The preview showed a (as it was) and no b: b appeared after the preview.
    const { results } = await run(store, drafts, { onExisting: 'overwrite', seen: [a] });
    expect(results).toEqual([
      {
        index: 0,
        status: 'skipped',
        reason: expect.stringMatching(
          /"a" \(a.test\/\) changed in the browser since the preview \(value\); it was kept/,
        ),
      },
      {
        index: 1,
        status: 'skipped',
        reason: expect.stringMatching(
          /"b" \(a.test\/p\) was created in the browser after the preview/,
        ),
      },
    ]);
    expect(sorted(store.cookies)).toEqual(sorted([rewritten, b]));
  });

  it('names an invalid cookie with its reason and imports the others, a broken path included', async () => {
    const store = new FakeCookieStore(now, []);
    const { results } = await run(store, [
      draftFromCookie(a),
      { ...draftFromCookie(b), value: 'bad;value' },
      { ...draftFromCookie(b), name: 'lone', path: '/x\uD800y' },
    ]);
    expect(statuses(results)).toEqual(['imported', 'failed', 'failed']);
    expect(results[1]).toMatchObject({ reason: expect.stringMatching(/"b" \(a.test\/p\).*";"/) });
    expect(results[2]).toMatchObject({ reason: expect.stringMatching(/"lone".*broken character/) });
    expect(store.cookies).toEqual([a]);
  });

  it('reports a cookie the browser refused or stored differently', async () => {
    const store = new FakeCookieStore(now, []);
    store.failNextSets = [() => 'reject', () => 'alter'];
    const { results, journalId } = await run(store, [draftFromCookie(a), draftFromCookie(b)]);
    expect(statuses(results)).toEqual(['failed', 'failed']);
    expect(results[1]).toMatchObject({ reason: expect.stringMatching(/different value/) });
    expect(journalId).toBeUndefined();
  });

  it('uses the first of two identical cookies in one file', async () => {
    const store = new FakeCookieStore(now, []);
    const { results } = await run(
      store,
      [draftFromCookie(a), { ...draftFromCookie(a), value: 'second' }],
      {
        onExisting: 'overwrite',
      },
    );
    expect(statuses(results)).toEqual(['imported', 'skipped']);
    expect(store.cookies[0]?.value).toBe('1');
  });

  it('undoes an overwriting import: the replaced cookie back, the new one gone', async () => {
    const store = new FakeCookieStore(now, [a]);
    const ctx = testContext(store);
    const { journalId } = await importAction(ctx, {
      drafts: [{ ...draftFromCookie(a), value: 'imported' }, draftFromCookie(b)],
      onExisting: 'overwrite',
      seen: [a],
    });
    const report = await undoAction(ctx, journalId as number);
    expect(report).toEqual({ restored: 2, failures: [], remaining: 0 });
    expect(store.cookies).toEqual([a]);
  });
});

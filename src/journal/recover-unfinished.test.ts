import { describe, expect, it } from 'vitest';
import { type Cookie, draftFromCookie } from '../cookies/cookie';
import { identityKey } from '../cookies/cookie-identity';
import { FakeCookieStore, testCookie } from '../cookies/testing/fake-cookie-store';
import { deleteAction } from './delete-action';
import { importAction } from './import-action';
import { recoverUnfinished } from './recover-unfinished';
import { saveAction } from './save-action';
import { dyingPort, testContext } from './testing/journal-fixtures';
import { MemorySessionArea } from './testing/memory-session-area';
import { undoAction } from './undo-action';

const now = 1_800_000_000;
const many = (count: number, value = 'v') =>
  Array.from({ length: count }, (_, i) =>
    testCookie({ name: `c${i}`, value: `${value}${i}`, domain: `h${i % 20}.test` }),
  );
const byIdentity = (list: Cookie[]) =>
  [...list].sort((x, y) => identityKey(x).localeCompare(identityKey(y)));

/**
 * Runs `action` on a worker that is stopped after `writes` cookie writes, then starts a new
 * worker (a new context over the same browser state and session storage) that recovers.
 */
async function stopAndRestart(
  store: FakeCookieStore,
  area: MemorySessionArea,
  writes: number,
  action: (ctx: ReturnType<typeof testContext>) => Promise<unknown>,
) {
  const port = dyingPort(store, writes);
  void action(testContext(port, { area }));
  await port.stopped;
  const restarted = testContext(store, { area });
  const notices = await recoverUnfinished(restarted);
  return { restarted, notices };
}

describe('recoverUnfinished: a worker stopped midway loses nothing', () => {
  it('finishes a bulk delete stopped after 100 of 500 cookies, and undo restores all 500', async () => {
    const cookies = many(500);
    const store = new FakeCookieStore(now, cookies);
    const area = new MemorySessionArea();
    const { restarted, notices } = await stopAndRestart(store, area, 100, (ctx) =>
      deleteAction(ctx, cookies),
    );
    expect(store.cookies).toEqual([]);
    expect(notices).toEqual([
      expect.stringMatching(
        /^"Deleted 500 cookies" was cut off .* finished: 100 cookies done before the stop, 400 cookies now\. It can be undone/,
      ),
    ]);
    const [entry] = await restarted.journal.list();
    expect(entry).toMatchObject({ state: 'done', count: 500 });
    await undoAction(restarted, entry?.id as number);
    expect(byIdentity(store.cookies)).toEqual(byIdentity(cookies));
  });

  it('finishes an overwriting import stopped after 107 originals were replaced; undo puts every original back', async () => {
    const originals = many(500, 'original');
    const store = new FakeCookieStore(now, originals);
    const area = new MemorySessionArea();
    const drafts = originals.map((c) => ({ ...draftFromCookie(c), value: `imported-${c.name}` }));
    const { restarted } = await stopAndRestart(store, area, 107, (ctx) =>
      importAction(ctx, { drafts, onExisting: 'overwrite', seen: originals }),
    );
    expect(store.cookies.every((c) => c.value === `imported-${c.name}`)).toBe(true);
    expect(store.cookies).toHaveLength(500);
    const [entry] = await restarted.journal.list();
    await undoAction(restarted, entry?.id as number);
    expect(byIdentity(store.cookies)).toEqual(byIdentity(originals));
  });

  it('repairs a rename stopped between writing the new cookie and removing the old one', async () => {
    const old = testCookie({ name: 'old', value: 'keep-me', httpOnly: true });
    const store = new FakeCookieStore(now, [old]);
    const area = new MemorySessionArea();
    await stopAndRestart(store, area, 1, (ctx) =>
      saveAction(ctx, { original: old, draft: { ...draftFromCookie(old), name: 'new' } }),
    );
    expect(store.cookies).toEqual([{ ...old, name: 'new' }]);
  });

  it('finishes an undo stopped halfway', async () => {
    const cookies = many(200);
    const store = new FakeCookieStore(now, cookies);
    const area = new MemorySessionArea();
    const ctx = testContext(store, { area });
    const { journalId } = await deleteAction(ctx, cookies);
    const { notices } = await stopAndRestart(store, area, 60, (dying) =>
      undoAction(dying, journalId as number),
    );
    expect(byIdentity(store.cookies)).toEqual(byIdentity(cookies));
    expect(notices[0]).toMatch(
      /^Undoing "Deleted 200 cookies" was cut off .* 200 cookies restored\./,
    );
    const entry = await ctx.journal.entry(journalId as number);
    expect(entry?.state).toBe('undone');
  });

  it('leaves alone, and reports, a cookie the site changed between the stop and the restart', async () => {
    const cookies = many(50);
    const store = new FakeCookieStore(now, cookies);
    const area = new MemorySessionArea();
    const port = dyingPort(store, 10);
    void deleteAction(testContext(port, { area }), cookies);
    await port.stopped;
    const survivor = store.cookies.at(-1) as Cookie;
    store.cookies = store.cookies.map((c) => (c === survivor ? { ...c, value: 'site' } : c));
    const notices = await recoverUnfinished(testContext(store, { area }));
    expect(store.cookies).toEqual([{ ...survivor, value: 'site' }]);
    expect(notices[0]).toMatch(
      /Not done: "c\d+" \(h\d+\.test\/\) changed in the browser meanwhile/,
    );
  });

  it('reports an import without undo it cannot finish, without inventing values', async () => {
    const store = new FakeCookieStore(now, []);
    const area = new MemorySessionArea();
    const drafts = many(40).map(draftFromCookie);
    const { restarted, notices } = await stopAndRestart(store, area, 10, (ctx) =>
      importAction(ctx, { drafts, onExisting: 'skip', seen: [], withoutUndo: true }),
    );
    expect(store.cookies).toHaveLength(10);
    expect(notices[0]).toMatch(
      /10 cookies done before the stop, 0 cookies now\. Not done: "c\d+".* no copy of its value was kept/,
    );
    expect(notices[0]).not.toMatch(/can be undone/);
    const [entry] = await restarted.journal.list();
    expect(entry).toMatchObject({ state: 'done', count: 10, undoable: false });
  });

  it('says once, in words, when an action cannot be finished, and keeps its record for undo', async () => {
    const cookies = many(30);
    const store = new FakeCookieStore(now, cookies);
    const area = new MemorySessionArea();
    const port = dyingPort(store, 5);
    void deleteAction(testContext(port, { area }), cookies);
    await port.stopped;
    const broken = new FakeCookieStore(now, store.cookies);
    broken.getAll = async () => {
      throw new Error('Invalid cookie store id: "0".');
    };
    const notices = await recoverUnfinished(testContext(broken, { area }));
    expect(notices[0]).toMatch(
      /could not be finished \(its cookie store is gone .*\)\. Its cookies may be partly changed/,
    );
    expect(notices[0]).not.toContain('Invalid cookie store id');
    const again = testContext(store, { area });
    expect(await recoverUnfinished(again)).toEqual([]);
    const [entry] = await again.journal.list();
    expect(entry).toMatchObject({ state: 'done', count: 30 });
  });

  it('does nothing, and says nothing, when no action was running', async () => {
    const store = new FakeCookieStore(now, many(3));
    expect(await recoverUnfinished(testContext(store))).toEqual([]);
  });
});

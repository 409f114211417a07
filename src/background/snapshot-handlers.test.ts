import { describe, expect, it } from 'vitest';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import { requestTag } from '../protocol/cookie-protocol';
import { dispatchRequest } from '../protocol/dispatch-request';
import { createMemoryConnector } from '../ui/testing/memory-connector';

const alice = testCookie({ name: 'sid', value: 'alice-session', domain: 'a.test' });
const theme = testCookie({ name: 'theme', value: 'dark', domain: '.a.test', hostOnly: false });
const elsewhere = testCookie({ name: 'sid', value: 'other-site', domain: 'b.test' });

const valuesOf = (cookies: { name: string; value: string; domain: string }[]) =>
  cookies.map((c) => `${c.domain} ${c.name}=${c.value}`).sort();

function setup() {
  return createMemoryConnector({ cookies: [alice, theme, elsewhere] });
}

describe('snapshot requests', () => {
  it('refuses to restore over a protected cookie, naming it, and changes nothing', async () => {
    const { handlers, store } = setup();
    const { snapshot } = await handlers.saveSnapshot({
      name: 'Alice',
      storeId: '0',
      site: 'a.test',
    });
    // Bob logs in, and the user protects his session: restoring Alice would fight the protection.
    store.cookies = store.cookies.map((c) =>
      c.name === 'sid' && c.domain === 'a.test' ? { ...c, value: 'bob-session' } : c,
    );
    const bob = store.cookies.find((c) => c.value === 'bob-session');
    if (!bob) throw new Error('no bob');
    await handlers.protectCookie({ cookie: bob });
    const before = valuesOf(store.cookies);
    await expect(handlers.restoreSnapshot({ id: snapshot.id })).rejects.toThrow(
      /a protected cookie \("sid".*unprotect it first/,
    );
    expect(valuesOf(store.cookies)).toEqual(before);
    await handlers.unprotectCookie({ cookie: bob });
    await handlers.restoreSnapshot({ id: snapshot.id });
    expect(valuesOf(store.cookies)).toContain('a.test sid=alice-session');
  });

  it('saves a site, lists it with its size and count, renames, exports, imports and deletes it', async () => {
    const { handlers } = setup();
    const { snapshot } = await handlers.saveSnapshot({
      name: '  Alice\n',
      storeId: '0',
      site: 'a.test',
    });
    expect(snapshot).toMatchObject({
      name: 'Alice',
      sites: ['a.test'],
      scope: 'sites',
      storeId: '0',
      cookieCount: 2,
      sessionCount: 2,
      active: true,
    });
    expect(snapshot.bytes).toBeGreaterThan(100);

    const renamed = await handlers.renameSnapshot({ id: snapshot.id, name: 'Alice (admin)' });
    expect(renamed.snapshot.name).toBe('Alice (admin)');

    const file = await handlers.exportSnapshot({ id: snapshot.id });
    expect(file.fileName).toMatch(/^snapshot-Alice-admin-\d{4}-\d\d-\d\d\.json$/);
    expect(JSON.parse(file.text)).toMatchObject({ snapshot: { name: 'Alice (admin)' } });

    const imported = await handlers.importSnapshot({ text: file.text, storeId: '0' });
    expect(imported.snapshot.id).not.toBe(snapshot.id);
    expect(imported.snapshot.cookieCount).toBe(2);
    await expect(
      handlers.importSnapshot({ text: '{"cookies": []}', storeId: '0' }),
    ).rejects.toThrow(/not a Cookie Workbench snapshot/);

    expect((await handlers.listSnapshots({})).snapshots.map((s) => s.name).sort()).toEqual([
      'Alice (admin)',
      'Alice (admin)',
    ]);
    await handlers.deleteSnapshot({ id: snapshot.id });
    expect((await handlers.listSnapshots({})).snapshots.map((s) => s.id)).toEqual([
      imported.snapshot.id,
    ]);
  });

  it('saves the given cookies (a selection) as a snapshot of their sites that removes nothing else', async () => {
    const { handlers, store } = setup();
    const { snapshot } = await handlers.saveSnapshot({
      name: 'Selection',
      storeId: '0',
      cookies: [theme, elsewhere],
    });
    expect(snapshot).toMatchObject({
      scope: 'cookies',
      sites: ['a.test', 'b.test'],
      cookieCount: 2,
    });
    store.cookies = [];
    await handlers.restoreSnapshot({ id: snapshot.id });
    expect(valuesOf(store.cookies)).toEqual(valuesOf([theme, elsewhere]));
  });

  it('previews a restore per cookie, restores exactly the snapshot as one undoable entry, and Undo puts the state back', async () => {
    const { handlers, store, site } = setup();
    const { snapshot } = await handlers.saveSnapshot({
      name: 'Alice',
      storeId: '0',
      site: 'a.test',
    });
    // Logged out, then something else set.
    store.cookies = store.cookies.filter((c) => c.name !== 'sid' || c.domain !== 'a.test');
    await site.set({ ...theme, value: 'light' });
    await site.set(testCookie({ name: 'tracker', value: 't', domain: 'a.test' }));

    const preview = await handlers.previewRestore({ id: snapshot.id });
    expect(preview.diff.added.map((c) => c.name)).toEqual(['sid']);
    expect(preview.diff.removed.map((c) => c.name)).toEqual(['tracker']);
    expect(preview.diff.changed.map((c) => c.attributes)).toEqual([
      [{ field: 'value', before: 'light', after: 'dark' }],
    ]);
    const before = valuesOf(store.cookies);

    const report = await handlers.restoreSnapshot({ id: snapshot.id });
    expect(report).toMatchObject({ name: 'Alice', written: 2, removed: 1, failed: [] });
    expect(valuesOf(store.cookies)).toEqual(valuesOf([alice, theme, elsewhere]));
    const { entries } = await handlers.listHistory({});
    expect(entries[0]).toMatchObject({ kind: 'restore', id: report.journalId });

    await handlers.undo({ entryId: report.journalId as number });
    expect(valuesOf(store.cookies)).toEqual(before);
  });

  it('reports an expired persistent cookie instead of writing it', async () => {
    const { handlers, store } = setup();
    const soon = Math.floor(Date.now() / 1000) + 2;
    store.cookies.push(
      testCookie({ name: 'remember', value: 'r', session: false, expirationDate: soon }),
    );
    const { snapshot } = await handlers.saveSnapshot({
      name: 'Alice',
      storeId: '0',
      site: 'a.test',
    });
    expect(snapshot.cookieCount).toBe(3);
    const exported = JSON.parse((await handlers.exportSnapshot({ id: snapshot.id })).text);
    // The file as it would be a week later: its persistent cookie expired meanwhile.
    for (const cookie of exported.cookies) {
      if (cookie.name === 'remember') cookie.expirationDate = soon - 7 * 86_400;
    }
    const { snapshot: old } = await handlers.importSnapshot({
      text: JSON.stringify(exported),
      storeId: '0',
    });
    const report = await handlers.restoreSnapshot({ id: old.id });
    expect(report.expired.map((note) => note.cookie.name)).toEqual(['remember']);
    expect(report.expired[0]?.reason).toMatch(/expired on .* cannot be restored/);
    expect(store.cookies.some((c) => c.name === 'remember')).toBe(false);
  });

  it('switches: saves the cookies there are now under the active snapshot, then restores the other', async () => {
    const { handlers, store } = setup();
    const { snapshot: a } = await handlers.saveSnapshot({
      name: 'Alice',
      storeId: '0',
      site: 'a.test',
    });
    store.cookies = store.cookies.map((c) =>
      c.name === 'sid' && c.domain === 'a.test' ? { ...c, value: 'bob-session' } : c,
    );
    const { snapshot: b } = await handlers.saveSnapshot({
      name: 'Bob',
      storeId: '0',
      site: 'a.test',
    });
    let listed = (await handlers.listSnapshots({})).snapshots;
    expect(listed.filter((s) => s.active).map((s) => s.name)).toEqual(['Bob']);

    // Bob changes his theme before switching: the switch keeps that in Bob's snapshot.
    store.cookies = store.cookies.map((c) => (c.name === 'theme' ? { ...c, value: 'blue' } : c));
    const report = await handlers.restoreSnapshot({ id: a.id, switchFrom: b.id });
    expect(report).toMatchObject({ name: 'Alice', savedAs: 'Bob' });
    expect(store.cookies.find((c) => c.name === 'sid' && c.domain === 'a.test')?.value).toBe(
      'alice-session',
    );
    listed = (await handlers.listSnapshots({})).snapshots;
    expect(listed.filter((s) => s.active).map((s) => s.name)).toEqual(['Alice']);

    // Undone, the switch leaves Bob's cookies, and Bob current again.
    await handlers.undo({ entryId: report.journalId as number });
    listed = (await handlers.listSnapshots({})).snapshots;
    expect(listed.filter((s) => s.active).map((s) => s.name)).toEqual(['Bob']);
    await handlers.restoreSnapshot({ id: a.id });

    await handlers.restoreSnapshot({ id: b.id, switchFrom: a.id });
    expect(valuesOf(store.cookies.filter((c) => c.domain.endsWith('a.test')))).toEqual([
      '.a.test theme=blue',
      'a.test sid=bob-session',
    ]);
  });

  it('refuses a save naming both a site and cookies, and snapshot ids that are not ids', async () => {
    const { handlers } = setup();
    const ask = (method: string, params: unknown) =>
      dispatchRequest(handlers, { tag: requestTag, method, params });
    expect(
      await ask('saveSnapshot', { name: 'x', storeId: '0', site: 'a.test', cookies: [] }),
    ).toMatchObject({ ok: false });
    expect(await ask('previewRestore', { id: 'x'.repeat(101) })).toMatchObject({ ok: false });
    expect(await ask('restoreSnapshot', { id: 'gone' })).toMatchObject({
      ok: false,
      error: { message: 'This snapshot is gone: it was deleted meanwhile.' },
    });
  });
});

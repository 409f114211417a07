import { describe, expect, it } from 'vitest';
import { draftFromCookie } from '../cookies/cookie';
import { FakeCookieStore, testCookie } from '../cookies/testing/fake-cookie-store';
import { dyingPort } from '../journal/testing/journal-fixtures';
import { MemorySessionArea } from '../journal/testing/memory-session-area';
import type { BrowserFacts } from './browser-facts';
import { createOwnWrites } from './own-writes';
import { createProtocolHandlers } from './protocol-handlers';
import { fakeBrowserFacts } from './testing/fake-browser-facts';
import { MemoryRulesArea } from './testing/memory-rules-area';

const nowMs = 1_800_000_000_000;
const sid = testCookie({ name: 'sid', value: 'abc', domain: 'a.test' });
const other = testCookie({ name: 'theme', value: 'dark', domain: '.b.test', hostOnly: false });

function setup(options: { cookies?: (typeof sid)[]; facts?: BrowserFacts } = {}) {
  const store = new FakeCookieStore(nowMs / 1000, options.cookies ?? [sid, other]);
  const sessionArea = new MemorySessionArea();
  const ownWrites = createOwnWrites(() => nowMs);
  const facts =
    options.facts ??
    fakeBrowserFacts({
      tabs: { 7: { url: 'https://www.a.test/page' }, 8: { url: 'chrome://extensions/' } },
    });
  const background = createProtocolHandlers({
    store,
    sessionArea,
    localArea: new MemorySessionArea(),
    facts,
    ownWrites,
    rulesArea: new MemoryRulesArea(),
    now: () => nowMs,
  });
  return { store, sessionArea, ownWrites, ...background };
}

describe('createProtocolHandlers', () => {
  it('describes a tab with its site, store and cookies in one answer', async () => {
    const { handlers } = setup();
    expect(await handlers.describeTab({ tabId: 7, includeCookies: true })).toEqual({
      tabId: 7,
      url: 'https://www.a.test/page',
      site: 'a.test',
      storeId: '0',
      store: { kind: 'default' },
      access: 'ok',
      cookies: [sid],
    });
  });

  it("answers the popup's first question in one round: tab, cookies, protection rules and notices", async () => {
    const { handlers } = setup();
    await handlers.protectCookie({ cookie: sid });
    const described = await handlers.describeTab({
      tabId: 7,
      includeCookies: true,
      includeProtection: true,
      includeNotices: true,
    });
    expect(described).toMatchObject({ site: 'a.test', access: 'ok', cookies: [sid], notices: [] });
    expect(described.protection).toEqual(await handlers.listProtection({}));
    expect(described.protection?.protect).toHaveLength(1);
    // Asked for nothing more, the answer carries nothing more.
    expect(await handlers.describeTab({ tabId: 7 })).not.toHaveProperty('protection');
    expect(await handlers.describeTab({ tabId: 7 })).not.toHaveProperty('notices');
  });

  it('answers the first question without waiting for queued protection fixes or a recovery', async () => {
    const { handlers, protection, sessionArea, recoverOnStart } = setup();
    await handlers.protectCookie({ cookie: sid });
    // A fix in the protection queue that cannot finish (its write to storage.session hangs),
    // as the start-up scan of every store or a burst of fixes holds it.
    sessionArea.set = () => new Promise<void>(() => {});
    void protection.onChange({ removed: true, cause: 'explicit', cookie: sid });
    // A recovery that has not finished either.
    sessionArea.keys = () => new Promise<string[]>(() => {});
    void recoverOnStart();
    const described = await handlers.describeTab({
      tabId: 7,
      includeCookies: true,
      includeProtection: true,
      includeNotices: true,
    });
    expect(described.cookies).toEqual(expect.arrayContaining([sid]));
    expect(described.protection?.protect).toHaveLength(1);
    // Recovery not done: no notices in the answer; the page asks for them itself.
    expect(described).not.toHaveProperty('notices');
  });

  it('answers with the tab and its cookies even when the protection rules cannot be read', async () => {
    const failing = createProtocolHandlers({
      store: new FakeCookieStore(nowMs / 1000, [sid]),
      sessionArea: new MemorySessionArea(),
      localArea: new MemorySessionArea(),
      facts: fakeBrowserFacts({ tabs: { 7: { url: 'https://www.a.test/page' } } }),
      ownWrites: createOwnWrites(() => nowMs),
      rulesArea: {
        read: () => Promise.reject(new Error('storage gone')),
        write: () => Promise.reject(new Error('storage gone')),
      },
      now: () => nowMs,
    });
    await expect(failing.handlers.listProtection({})).rejects.toThrow();
    const described = await failing.handlers.describeTab({
      tabId: 7,
      includeCookies: true,
      includeProtection: true,
      includeNotices: true,
    });
    expect(described).toMatchObject({ access: 'ok', cookies: [sid], notices: [] });
    expect(described).not.toHaveProperty('protection');
  });

  it('says why a tab has no cookies to show: a browser page, or a site withheld by the user', async () => {
    const facts = fakeBrowserFacts({
      tabs: { 8: { url: 'chrome://extensions/' }, 9: { url: 'https://a.test/' } },
      deniedOrigins: ['https://a.test'],
    });
    const { handlers } = setup({ facts });
    expect(await handlers.describeTab({ tabId: 8, includeCookies: true })).toMatchObject({
      site: '',
      access: 'unsupported-page',
    });
    const withheld = await handlers.describeTab({ tabId: 9, includeCookies: true });
    expect(withheld).toMatchObject({ site: 'a.test', access: 'no-host-permission' });
    expect(withheld).not.toHaveProperty('cookies');
    expect(await handlers.describeSites({ urls: ['https://a.test/x', 'about:blank'] })).toEqual({
      sites: [
        { url: 'https://a.test/x', site: 'a.test', access: 'no-host-permission' },
        { url: 'about:blank', site: '', access: 'unsupported-page' },
      ],
    });
  });

  it('says which pages it cannot tell apart when the browser hides the address (no `tabs` permission)', async () => {
    // Every site allowed: only a browser page or a local file hides its address.
    const allAllowed = setup({ facts: fakeBrowserFacts({ tabs: { 3: {} } }) });
    expect(await allAllowed.handlers.describeTab({ tabId: 3 })).toMatchObject({
      url: '',
      access: 'unsupported-page',
    });
    // Some site withheld: the hidden page may be that site, and the answer must not deny it.
    const withheld = setup({
      facts: fakeBrowserFacts({ tabs: { 3: {} }, deniedOrigins: ['https://a.test'] }),
    });
    expect(await withheld.handlers.describeTab({ tabId: 3 })).toMatchObject({
      access: 'hidden-page',
    });
    expect(await withheld.handlers.describeSites({ urls: [''] })).toEqual({
      sites: [{ url: '', site: '', access: 'hidden-page' }],
    });
  });

  it("takes the tab's store from Firefox's cookieStoreId, else from the store listing the tab", async () => {
    const facts = fakeBrowserFacts({
      tabs: {
        1: { url: 'https://a.test/', cookieStoreId: 'firefox-container-2' },
        2: { url: 'https://a.test/' },
        3: { url: 'https://a.test/' },
      },
      stores: [
        { id: '0', tabIds: [3] },
        { id: '1', tabIds: [2] },
      ],
      containers: [{ cookieStoreId: 'firefox-container-2', name: 'Work', color: 'orange' }],
    });
    const { handlers } = setup({ facts });
    expect(await handlers.describeTab({ tabId: 1 })).toMatchObject({
      storeId: 'firefox-container-2',
      store: { kind: 'container', name: 'Work', colour: 'orange' },
    });
    expect(await handlers.describeTab({ tabId: 2 })).toMatchObject({
      storeId: '1',
      store: { kind: 'private' },
    });
    expect(await handlers.describeTab({ tabId: 3 })).toMatchObject({
      storeId: '0',
      store: { kind: 'default' },
    });
    expect(await handlers.listCookieStores({})).toEqual({
      stores: [
        { id: '0', incognito: false, tabIds: [3], kind: { kind: 'default' } },
        { id: '1', incognito: true, tabIds: [2], kind: { kind: 'private' } },
      ],
    });
  });

  it('says when the browser isolates first parties, which an import preview must know', async () => {
    const isolating = Object.assign(new FakeCookieStore(nowMs / 1000), {
      isolatesFirstParties: async () => true,
    });
    const { handlers } = createProtocolHandlers({
      store: isolating,
      sessionArea: new MemorySessionArea(),
      localArea: new MemorySessionArea(),
      facts: fakeBrowserFacts({ tabs: { 1: { url: 'https://a.test/' } } }),
      ownWrites: createOwnWrites(() => nowMs),
      rulesArea: new MemoryRulesArea(),
      now: () => nowMs,
    });
    expect(await handlers.describeFirstParties({})).toEqual({ isolated: true });
    // Chromium's port has no such question: never isolated.
    expect(await setup().handlers.describeFirstParties({})).toEqual({ isolated: false });
  });

  it("lists Firefox's stores with the containers' names and colours", async () => {
    const facts = fakeBrowserFacts({
      stores: [
        { id: 'firefox-default', incognito: false, tabIds: [1] },
        { id: 'firefox-private', incognito: true, tabIds: [2] },
        { id: 'firefox-container-1', incognito: false, tabIds: [3] },
      ],
      containers: [
        { cookieStoreId: 'firefox-container-1', name: '<b>Bank</b>', color: 'blue' },
        { cookieStoreId: 'firefox-container-9', name: 'Closed', color: 'red' },
      ],
    });
    const { handlers } = setup({ facts });
    expect((await handlers.listCookieStores({})).stores.map((s) => [s.id, s.kind])).toEqual([
      ['firefox-default', { kind: 'default' }],
      ['firefox-private', { kind: 'private' }],
      ['firefox-container-1', { kind: 'container', name: '<b>Bank</b>', colour: 'blue' }],
    ]);
  });

  it('lists partitioned cookies too, one row per identity', async () => {
    const partitioned = testCookie({
      name: 'chip',
      secure: true,
      sameSite: 'no_restriction',
      partitionKey: { topLevelSite: 'https://b.test' },
    });
    const { handlers } = setup({ cookies: [sid, partitioned, other] });
    const { cookies } = await handlers.listCookies({ scope: { site: 'a.test' }, storeId: '0' });
    expect(cookies.map((c) => c.name)).toEqual(['sid', 'chip']);
    const all = await handlers.listCookies({ scope: { allOfStore: true }, storeId: '0' });
    expect(all.cookies).toHaveLength(3);
  });

  it('journals an edit under a label naming the cookie, and undo puts the old value back', async () => {
    const { handlers, store, ownWrites } = setup();
    const saved = await handlers.saveCookie({
      original: sid,
      draft: { ...draftFromCookie(sid), value: 'edited' },
    });
    expect(saved).toMatchObject({ plan: 'update', journalId: 1 });
    // The change events of our own write are credited to the extension.
    expect(ownWrites.isOwn(sid)).toBe(true);
    const { entries } = await handlers.listHistory({});
    expect(entries).toEqual([
      expect.objectContaining({ id: 1, kind: 'edit', state: 'done', count: 1, undoable: true }),
    ]);
    expect(entries[0]?.label).toContain('sid');
    expect(await handlers.undo({ entryId: 1 })).toEqual({
      restored: 1,
      failures: [],
      remaining: 0,
    });
    expect(store.cookies.find((c) => c.name === 'sid')?.value).toBe('abc');
    expect((await handlers.listHistory({})).entries[0]?.state).toBe('undone');
  });

  it('deletes what the page listed, lists history newest first, and refuses a second undo', async () => {
    const { handlers, store } = setup();
    const first = await handlers.deleteCookies({ cookies: [sid] });
    const second = await handlers.deleteCookies({ cookies: [other] });
    expect(first).toMatchObject({ deleted: 1, journalId: 1 });
    expect(second).toMatchObject({ deleted: 1, journalId: 2 });
    expect(store.cookies).toEqual([]);
    expect((await handlers.listHistory({})).entries.map((e) => e.id)).toEqual([2, 1]);
    await handlers.undo({ entryId: 1 });
    expect(store.cookies).toEqual([sid]);
    await expect(handlers.undo({ entryId: 1 })).rejects.toThrow(/already undone/);
    expect(store.cookies).toEqual([sid]);
    expect(await handlers.clearHistory({})).toEqual({ cleared: 2 });
  });

  it('deletes without a journal entry when told to go on without undo', async () => {
    const { handlers } = setup();
    const report = await handlers.deleteCookies({ cookies: [sid], withoutUndo: true });
    expect(report.deleted).toBe(1);
    expect(report.journalId).toBeUndefined();
  });

  it('on start, finishes an action a stopped worker left running, then drops orphaned records', async () => {
    const store = new FakeCookieStore(nowMs / 1000, [sid, other]);
    const sessionArea = new MemorySessionArea();
    const parts = {
      sessionArea,
      localArea: new MemorySessionArea(),
      facts: fakeBrowserFacts(),
      ownWrites: createOwnWrites(() => nowMs),
      rulesArea: new MemoryRulesArea(),
      now: () => nowMs,
    };
    // The worker is stopped after its first write: the delete never returns.
    const dying = dyingPort(store, 1);
    void createProtocolHandlers({ ...parts, store: dying }).handlers.deleteCookies({
      cookies: [sid, other],
    });
    await dying.stopped;
    expect(store.cookies).toHaveLength(1);
    await sessionArea.set({ 'journal/99': '{}' });

    const restarted = createProtocolHandlers({ ...parts, store });
    await restarted.recoverOnStart();
    expect(store.cookies).toEqual([]);
    expect(await sessionArea.keys()).not.toContain('journal/99');
    const { notices } = await restarted.handlers.listNotices({});
    expect(notices).toHaveLength(1);
    expect(notices[0]?.text).toMatch(
      /cut off .* finished: 1 cookie done before the stop, 1 cookie now/,
    );
    await restarted.handlers.undo({ entryId: 1 });
    expect(store.cookies).toHaveLength(2);
  });
});

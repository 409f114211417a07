import { describe, expect, it } from 'vitest';
import { CookieWriteError } from '../cookies/cookie-write-error';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import { UndoTooBigError } from '../journal/undo-too-big-error';
import { requestTag } from './cookie-protocol';
import { dispatchRequest, type ProtocolHandlers } from './dispatch-request';
import { createProtocolClient } from './protocol-client';
import { ProtocolError } from './protocol-error';
import { requestLimits } from './request-limits';
import { requestShapes } from './request-shapes';
import type { SnapshotProtocol } from './snapshot-protocol';
import { isTrustedSender } from './trusted-sender';

const cookie = testCookie();
const { session: _session, ...draft } = cookie;

const handlers: ProtocolHandlers = {
  listProtection: async () => ({ protect: [], block: [], loops: [], problems: [] }),
  protectCookie: async ({ cookie }) => ({ rule: { cookie, since: 0 } }),
  unprotectCookie: async () => ({}),
  addBlockRule: async (rule) => ({ rule, removed: 0 }),
  removeBlockRule: async () => ({}),
  describeTab: async ({ tabId }) => ({
    tabId,
    url: 'http://a.test/',
    site: 'a.test',
    storeId: '0',
    store: { kind: 'default' },
    access: 'ok',
  }),
  listCookies: async () => ({ cookies: [cookie] }),
  saveCookie: async ({ draft }) => {
    if (draft.value.includes(';')) {
      throw new CookieWriteError('Not saved', [
        { field: 'value', severity: 'error', message: 'no ;' },
      ]);
    }
    return { plan: 'create', cookie, notes: [] };
  },
  deleteCookies: async ({ cookies, withoutUndo }) => {
    if (cookies.length > 2 && !withoutUndo) throw new UndoTooBigError(12_000_000, 9_000_000);
    return { deleted: cookies.length, alreadyGone: [], changed: [], failures: [] };
  },
  importCookies: async ({ drafts }) => ({
    results: drafts.map((_, index) => ({ index, status: 'skipped' as const, reason: 'test' })),
  }),
  listCookieStores: async () => ({
    stores: [{ id: '0', incognito: false, tabIds: [1], kind: { kind: 'default' } }],
  }),
  describeFirstParties: async () => ({ isolated: false }),
  listHistory: async () => ({ entries: [] }),
  undo: async () => ({ restored: 0, failures: [], remaining: 0 }),
  clearHistory: async () => ({ cleared: 0 }),
  listNotices: async () => ({ notices: [] }),
  dismissNotices: async () => ({}),
  describeSites: async ({ urls }) => ({
    sites: urls.map((url) => ({ url, site: 'a.test', access: 'ok' as const })),
  }),
  ...snapshotStubs(),
};

/** The snapshot requests, answered by their own tests (snapshot-handlers.test.ts). */
function snapshotStubs(): Pick<ProtocolHandlers, keyof SnapshotProtocol> {
  const none = async (): Promise<never> => {
    throw new Error('not in this test');
  };
  return {
    listSnapshots: async () => ({ snapshots: [], unreadable: [] }),
    saveSnapshot: none,
    renameSnapshot: none,
    deleteSnapshot: none,
    exportSnapshot: none,
    importSnapshot: none,
    previewRestore: none,
    compareSnapshots: none,
    restoreSnapshot: none,
  };
}

describe('request shapes', () => {
  it.each([
    ['describeTab', { tabId: 3 }, true],
    ['describeTab', { tabId: -1 }, false],
    ['describeTab', { tabId: 3, includeCookies: true }, true],
    ['describeTab', { tabId: 3, includeCookies: 'yes' }, false],
    ['describeTab', { tabId: '3' }, false],
    ['describeTab', { tabId: 3, includeProtection: true, includeNotices: true }, true],
    ['describeTab', { tabId: 3, includeProtection: 1 }, false],
    ['describeTab', { tabId: 3, includeNotices: 'yes' }, false],
    ['listCookies', { scope: { site: 'a.test' }, storeId: '0' }, true],
    ['listCookies', { scope: { url: 'http://a.test/' }, storeId: '0' }, true],
    ['listCookies', { scope: { allOfStore: true }, storeId: '0' }, true],
    ['listCookies', { scope: { site: 'a.test', url: 'x' }, storeId: '0' }, false],
    ['listCookies', { scope: { site: 1 }, storeId: '0' }, false],
    ['listCookies', { scope: { site: 'a.test' } }, false],
    ['saveCookie', { draft }, true],
    ['saveCookie', { draft, original: cookie, confirmed: true }, true],
    ['saveCookie', { draft: { ...draft, sameSite: 'None' } }, false],
    ['saveCookie', { draft: { ...draft, expirationDate: 'tomorrow' } }, false],
    ['saveCookie', { draft: { ...draft, expirationDate: Number.POSITIVE_INFINITY } }, false],
    ['saveCookie', { draft, original: draft }, false],
    ['saveCookie', { draft: { ...draft, partitionKey: 'x' } }, false],
    ['deleteCookies', { cookies: [cookie, cookie] }, true],
    ['deleteCookies', { cookies: [cookie], withoutUndo: true }, true],
    ['deleteCookies', { cookies: [cookie], withoutUndo: 'yes' }, false],
    ['deleteCookies', { cookies: [{ ...cookie, hostOnly: 'yes' }] }, false],
    ['deleteCookies', { cookies: Array(requestLimits.cookies + 1).fill(cookie) }, false],
    ['deleteCookies', { cookies: [{ ...cookie, value: 'v'.repeat(20_000) }] }, false],
    ['deleteCookies', { cookies: [{ ...cookie, path: `/${'p'.repeat(5000)}` }] }, false],
    ['deleteCookies', { cookies: [cookie, null] }, false],
    ['deleteCookies', null, false],
    ['describeSites', { urls: ['http://a.test/', 'http://b.test/'] }, true],
    ['describeSites', { urls: [1] }, false],
    ['importCookies', { drafts: [draft], onExisting: 'skip', seen: [] }, true],
    ['importCookies', { drafts: [draft], onExisting: 'overwrite', seen: [cookie] }, true],
    ['importCookies', { drafts: [draft], onExisting: 'skip' }, false],
    ['importCookies', { drafts: [draft], onExisting: 'replace', seen: [] }, false],
    [
      'importCookies',
      { drafts: [{ ...draft, secure: 'yes' }], onExisting: 'skip', seen: [] },
      false,
    ],
    [
      'importCookies',
      { drafts: Array(requestLimits.cookies + 1).fill(draft), onExisting: 'skip', seen: [] },
      false,
    ],
    ['listNotices', {}, true],
    ['listNotices', { all: 1 }, false],
    ['dismissNotices', { ids: [1, 2] }, true],
    ['dismissNotices', { ids: ['1'] }, false],
    ['undo', { entryId: 2 ** 60 }, false],
    ['listCookies', { scope: { site: 'a'.repeat(5000) }, storeId: '0' }, false],
    ['listHistory', {}, true],
    ['listHistory', { all: true }, false],
    ['undo', { entryId: 3 }, true],
    ['undo', { entryId: '3' }, false],
    ['clearHistory', {}, true],
    ['listCookieStores', {}, true],
    ['describeFirstParties', {}, true],
    ['describeFirstParties', { store: '0' }, false],
    ['describeSites', { urls: Array.from({ length: 501 }, () => 'http://a.test/') }, false],
    ['describeSites', { urls: [`http://a.test/${'x'.repeat(9000)}`] }, false],
    ['listProtection', {}, true],
    ['listProtection', { all: true }, false],
    ['protectCookie', { cookie }, true],
    ['protectCookie', { cookie: draft }, false],
    ['unprotectCookie', { cookie }, true],
    ['unprotectCookie', {}, false],
    ['addBlockRule', { name: '_ga', domain: '*.a.test' }, true],
    ['addBlockRule', { name: '_ga', domain: 'a.test', storeId: '1' }, true],
    ['addBlockRule', { name: '_ga', domain: 1 }, false],
    ['addBlockRule', { name: '_ga', domain: 'a'.repeat(5000) }, false],
    ['removeBlockRule', { name: '_ga', domain: 'a.test' }, true],
    ['removeBlockRule', { domain: 'a.test' }, false],
  ] as const)('%s %j → %s', (method, params, valid) => {
    expect(requestShapes[method](params)).toBe(valid);
  });
});

describe('dispatchRequest', () => {
  it('answers a valid request with the handler result', async () => {
    const response = await dispatchRequest(handlers, {
      tag: requestTag,
      method: 'deleteCookies',
      params: { cookies: [cookie] },
    });
    expect(response).toEqual({
      ok: true,
      value: { deleted: 1, alreadyGone: [], changed: [], failures: [] },
    });
  });

  it.each([
    [{ tag: requestTag, method: 'eval', params: {} }, /Unknown request "eval"/],
    [{ tag: requestTag, method: 'toString', params: {} }, /Unknown request/],
    [{ tag: requestTag, method: 'deleteCookies', params: { cookies: [{}] } }, /Malformed/],
    [{ tag: 'other', method: 'deleteCookies' }, /Not a request/],
    ['text', /Not a request/],
  ])('refuses %j', async (message, error) => {
    const response = await dispatchRequest(handlers, message);
    expect(response.ok).toBe(false);
    expect(!response.ok && response.error.message).toMatch(error);
  });

  it('carries errors and their field issues across the boundary', async () => {
    const client = createProtocolClient((message) => dispatchRequest(handlers, message));
    const error = await client.saveCookie({ draft: { ...draft, value: 'a;b' } }).catch((e) => e);
    expect(error).toBeInstanceOf(ProtocolError);
    expect(error.message).toBe('Not saved');
    expect(error.issues).toEqual([{ field: 'value', severity: 'error', message: 'no ;' }]);
  });

  it('gives the client typed results', async () => {
    const client = createProtocolClient((message) => dispatchRequest(handlers, message));
    await expect(client.describeTab({ tabId: 7 })).resolves.toMatchObject({
      tabId: 7,
      access: 'ok',
    });
    await expect(client.deleteCookies({ cookies: [cookie] })).resolves.toMatchObject({
      deleted: 1,
      failures: [],
    });
  });

  it('carries a code and its numbers, so a page can ask the user and send again', async () => {
    const client = createProtocolClient((message) => dispatchRequest(handlers, message));
    const error = await client.deleteCookies({ cookies: [cookie, cookie, cookie] }).catch((e) => e);
    expect(error).toMatchObject({
      code: 'undo-too-big',
      detail: { neededBytes: 12_000_000, availableBytes: 9_000_000 },
    });
    expect(error.message).toMatch(/needs 11\.4 MB/);
    await expect(
      client.deleteCookies({ cookies: [cookie, cookie, cookie], withoutUndo: true }),
    ).resolves.toMatchObject({ deleted: 3 });
  });

  it('asks again when the background stopped under a read, and says so in words for a write', async () => {
    const channelClosed = new Error(
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
    );
    let failures = 2;
    const sent: string[] = [];
    const client = createProtocolClient(
      async (message) => {
        const { method } = message as { method: string };
        sent.push(method);
        if (method === 'deleteCookies' || failures-- > 0) throw channelClosed;
        return dispatchRequest(handlers, message);
      },
      async () => {},
    );
    await expect(client.listHistory({})).resolves.toEqual({ entries: [] });
    expect(sent).toEqual(['listHistory', 'listHistory', 'listHistory']);
    const error = await client.deleteCookies({ cookies: [cookie] }).catch((e) => e);
    expect(error).toMatchObject({ code: 'background-restarted' });
    expect(error.message).toMatch(/background stopped while it worked on this/);
    expect(error.message).not.toMatch(/channel/);
    expect(sent.filter((m) => m === 'deleteCookies')).toHaveLength(1);
  });

  it('puts a browser API error in words instead of passing its text on', async () => {
    const failing: ProtocolHandlers = {
      ...handlers,
      listCookieStores: async () => {
        throw new Error('Invalid cookie store id: "7".');
      },
    };
    const client = createProtocolClient((message) => dispatchRequest(failing, message));
    const error = await client.listCookieStores({}).catch((e) => e);
    expect(error.message).toBe('Its cookie store is gone (was a private window closed?).');
  });

  it('explains a missing answer', async () => {
    const client = createProtocolClient(async () => undefined);
    await expect(client.listCookies({ scope: { allOfStore: true }, storeId: '0' })).rejects.toThrow(
      /did not answer/,
    );
  });
});

describe('isTrustedSender', () => {
  const id = 'abcdefghijklmnop';
  const origin = `chrome-extension://${id}/`;
  it.each([
    ['the popup', { id, url: `${origin}extension/popup/popup.html` }, true],
    ['the panel in a tab', { id, url: `${origin}extension/devtools/panel.html?tabId=3` }, true],
    ['a content script on a page', { id, url: 'https://evil.test/' }, false],
    ['another extension', { id: 'zzz', url: `chrome-extension://zzz/page.html` }, false],
    ['a look-alike origin', { id, url: `chrome-extension://${id}x/page.html` }, false],
    ['no url', { id }, false],
  ])('%s → %s', (_label, sender, trusted) => {
    expect(isTrustedSender(sender, id, origin)).toBe(trusted);
  });
});

describe('snapshot request shapes', () => {
  it('take a snapshot file as large as an import may be', async () => {
    const { maxImportFileBytes } = await import('../formats/import-file-text');
    expect(
      requestShapes.importSnapshot({ text: 'x'.repeat(maxImportFileBytes), storeId: '0' }),
    ).toBe(true);
    expect(
      requestShapes.importSnapshot({ text: 'x'.repeat(maxImportFileBytes + 1), storeId: '0' }),
    ).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import type { JournalSummary } from '../../cookies/undo-journal';
import {
  clearAllHistory,
  deleteOneCookie,
  deleteSelectedCookies,
  undoHistoryEntry,
} from './manager-actions';

const calls: unknown[] = [];
const client = (answers: {
  deleted?: number;
  failures?: string[];
  journalId?: number;
  restored?: number;
}) => ({
  deleteCookie: async (params: unknown) => {
    calls.push(['deleteCookie', params]);
    return { deleted: 1, journalId: answers.journalId };
  },
  deleteCookies: async (params: unknown) => {
    calls.push(['deleteCookies', params]);
    return {
      deleted: answers.deleted ?? 0,
      failures: answers.failures ?? [],
      journalId: answers.journalId,
    };
  },
  undo: async (params: unknown) => {
    calls.push(['undo', params]);
    return { restored: answers.restored ?? 0, failures: answers.failures ?? [] };
  },
  clearHistory: async () => ({ cleared: 3 }),
});

const cookie = testCookie({ name: 'sid', domain: '.a.test', path: '/app' });
const entry: JournalSummary = {
  id: 7,
  time: 0,
  kind: 'bulk-delete',
  label: 'Deleted 2 cookies',
  undone: false,
  count: 2,
};

describe('manager actions', () => {
  it.each([
    [
      'delete one, undoable',
      () => deleteOneCookie(client({ journalId: 4 }), cookie),
      { text: 'Deleted "sid" of .a.test/app.', journalId: 4 },
    ],
    [
      'delete the selection',
      () =>
        deleteSelectedCookies(
          client({ deleted: 2, journalId: 5 }),
          [cookie, cookie],
          ['a.test', 'b.test'],
        ),
      { text: 'Deleted 2 cookies of a.test and b.test.', journalId: 5 },
    ],
    [
      'a partial bulk delete says what failed',
      () =>
        deleteSelectedCookies(
          client({ deleted: 1, failures: ['"x" is gone.'], journalId: 6 }),
          [cookie, cookie],
          ['a.test'],
        ),
      { text: 'Deleted 1 cookie of a.test. 1 could not be deleted: "x" is gone.', journalId: 6 },
    ],
    [
      'nothing deleted: nothing to undo',
      () => deleteSelectedCookies(client({ deleted: 0 }), [cookie], ['a.test']),
      { text: 'Deleted 0 cookies of a.test.' },
    ],
    [
      'undo from the history',
      () => undoHistoryEntry(client({ restored: 2 }), entry),
      { text: 'Undone "Deleted 2 cookies": 2 cookies restored.' },
    ],
    [
      'an undo that could not restore everything',
      () => undoHistoryEntry(client({ restored: 1, failures: ['"a" had expired.'] }), entry),
      { text: 'Undone "Deleted 2 cookies": 1 cookie restored. Not restored: "a" had expired.' },
    ],
    [
      'clear the history',
      () => clearAllHistory(client({})),
      { text: 'Cleared 3 past actions from the history.' },
    ],
  ])('%s', async (_, action, notice) => {
    expect(await action()).toEqual(notice);
  });

  it('deletes exactly the cookies given and undoes the entry asked for', async () => {
    calls.length = 0;
    await deleteSelectedCookies(client({ deleted: 1 }), [cookie], ['a.test']);
    await undoHistoryEntry(client({}), entry);
    expect(calls).toEqual([
      ['deleteCookies', { cookies: [cookie] }],
      ['undo', { entryId: 7 }],
    ]);
  });
});

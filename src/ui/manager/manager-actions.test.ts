import { describe, expect, it } from 'vitest';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import type { JournalSummary } from '../../journal/journal-entry';
import {
  clearAllHistory,
  deleteOneCookie,
  deleteSelectedCookies,
  undoHistoryEntry,
} from './manager-actions';

const calls: unknown[] = [];
const client = (answers: {
  deleted?: number;
  alreadyGone?: string[];
  changed?: string[];
  failures?: string[];
  journalId?: number;
  restored?: number;
  remaining?: number;
}) => ({
  deleteCookies: async (params: unknown) => {
    calls.push(['deleteCookies', params]);
    return {
      deleted: answers.deleted ?? 0,
      alreadyGone: answers.alreadyGone ?? [],
      changed: answers.changed ?? [],
      failures: answers.failures ?? [],
      ...(answers.journalId === undefined ? {} : { journalId: answers.journalId }),
    };
  },
  undo: async (params: unknown) => {
    calls.push(['undo', params]);
    return {
      restored: answers.restored ?? 0,
      failures: answers.failures ?? [],
      remaining: answers.remaining ?? 0,
    };
  },
  clearHistory: async () => ({ cleared: 3 }),
});

const cookie = testCookie({ name: 'sid', domain: '.a.test', path: '/app' });
const entry: JournalSummary = {
  id: 7,
  time: 0,
  kind: 'bulk-delete',
  label: 'Deleted 2 cookies',
  state: 'done',
  count: 2,
  undoable: true,
  bytes: 1000,
};

describe('manager actions', () => {
  it.each([
    [
      'delete one, undoable',
      () => deleteOneCookie(client({ deleted: 1, journalId: 4 }), cookie),
      { text: 'Deleted "sid" (.a.test/app).', journalId: 4 },
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
          client({ deleted: 1, failures: ['"x" could not be deleted.'], journalId: 6 }),
          [cookie, cookie],
          ['a.test'],
        ),
      { text: 'Deleted 1 cookie of a.test. "x" could not be deleted.', journalId: 6 },
    ],
    [
      'cookies gone already or changed meanwhile are not counted, and said',
      () =>
        deleteSelectedCookies(
          client({
            deleted: 1,
            alreadyGone: ['"a" (a.test/)', '"b" (a.test/)'],
            changed: ['"c" changed; it was kept.'],
            journalId: 8,
          }),
          [cookie, cookie, cookie, cookie],
          ['a.test'],
        ),
      {
        text: 'Deleted 1 cookie of a.test. 2 cookies were already gone: "a" (a.test/), "b" (a.test/). "c" changed; it was kept.',
        journalId: 8,
      },
    ],
    [
      'nothing deleted: nothing to undo',
      () =>
        deleteSelectedCookies(
          client({ deleted: 0, alreadyGone: ['"a" (a.test/)'] }),
          [cookie],
          ['a.test'],
        ),
      { text: 'Nothing was deleted. "a" (a.test/) was already gone.' },
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
      'an undo that can be tried again for the rest',
      () =>
        undoHistoryEntry(
          client({ restored: 1, failures: ['"a" was created meanwhile.'], remaining: 1 }),
          entry,
        ),
      {
        text: 'Undone "Deleted 2 cookies": 1 cookie restored. Not restored: "a" was created meanwhile. Undo again to retry 1 cookie.',
      },
    ],
    [
      'clear the history',
      () => clearAllHistory(client({})),
      { text: 'Cleared 3 past actions and the cookie values kept for them.' },
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

import { describe, expect, it } from 'vitest';
import type { Cookie } from '../cookies/cookie';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import type { CookieChange } from '../protocol/cookie-protocol';
import { applySiteChanges, sameCookieList } from './apply-site-changes';

const a = testCookie({ name: 'a', domain: 'a.test' });
const b = testCookie({ name: 'b', domain: 'a.test' });
const change = (cookie: Cookie, removed = false): CookieChange => ({
  cookie,
  removed,
  cause: removed ? 'overwrite' : 'explicit',
  time: 0,
  byExtension: false,
});

describe('applySiteChanges', () => {
  it('adds, removes and rewrites in place, as a re-read would list them', () => {
    const c = testCookie({ name: 'c', domain: 'sub.a.test' });
    const rewritten = { ...a, value: 'new' };
    const after = applySiteChanges(
      [a, b],
      [change(a, true), change(rewritten), change(c), change(b, true)],
      'a.test',
      a.storeId,
    );
    expect(after).toEqual([rewritten, c]);
  });

  it('ignores other sites and other stores, and says when nothing here changed', () => {
    const elsewhere = testCookie({ name: 'x', domain: 'b.test' });
    const otherStore = { ...b, storeId: 'other' };
    expect(
      applySiteChanges([a], [change(elsewhere), change(otherStore, true)], 'a.test', a.storeId),
    ).toBe(undefined);
  });

  it('keeps same-name cookies on two paths apart', () => {
    const root = testCookie({ name: 's', path: '/' });
    const app = testCookie({ name: 's', path: '/app' });
    expect(applySiteChanges([root], [change(app)], 'a.test', root.storeId)).toEqual([root, app]);
  });
});

describe('sameCookieList', () => {
  it('compares cookies and their attributes, not their order', () => {
    expect(sameCookieList([a, b], [{ ...a }, { ...b }])).toBe(true);
    expect(sameCookieList([a, b], [b, a])).toBe(true);
    expect(sameCookieList([a, b], [a, a])).toBe(false);
    expect(sameCookieList([a], [{ ...a, value: 'other' }])).toBe(false);
  });
});

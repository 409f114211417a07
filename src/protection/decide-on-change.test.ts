import { describe, expect, it } from 'vitest';
import { type Cookie, draftFromCookie } from '../cookies/cookie';
import { identityKey } from '../cookies/cookie-identity';
import { deleteAllExactly } from '../cookies/delete-exactly';
import { setDetailsFor } from '../cookies/set-details';
import { FakeCookieStore, testCookie } from '../cookies/testing/fake-cookie-store';
import { type StoreChange, watchedCookieStore } from '../cookies/testing/watched-cookie-store';
import type { ChangeCause } from '../protocol/cookie-protocol';
import { cookieLabel } from '../text/cookie-label';
import { decideOnChange, type LeaveReason } from './decide-on-change';
import { emptyFixLimiter, limitFix } from './fix-limiter';
import { addBlockRule, emptyRules, protectCookie } from './protection-rules';

const nowMs = 1_800_000_000_000;
const partition = { topLevelSite: 'https://top.test', hasCrossSiteAncestor: true };
const sid = testCookie({
  name: 'sid',
  value: 'alice',
  domain: '.a.test',
  hostOnly: false,
  session: false,
  expirationDate: nowMs / 1000 + 3600,
});
const rules = addBlockRule(
  addBlockRule(
    protectCookie(emptyRules(), sid, nowMs - 1000),
    { name: 'tracker', pattern: { host: 'a.test', subdomains: true } },
    nowMs,
  ),
  { name: 'sid', pattern: { host: 'a.test', subdomains: true } },
  nowMs,
);

type Expected = 'restore' | 'remove' | LeaveReason;

describe('decideOnChange', () => {
  const cases: {
    title: string;
    cookie: Cookie;
    removed?: boolean;
    cause?: ChangeCause;
    expected: Expected;
  }[] = [
    {
      title: 'a new value set by the site is put back',
      cookie: { ...sid, value: 'bob' },
      expected: 'restore',
    },
    {
      title: 'a longer expiry set by the site is put back too',
      cookie: { ...sid, expirationDate: (sid.expirationDate ?? 0) + 7200 },
      expected: 'restore',
    },
    {
      title: 'a deletion by the cookies API or DevTools',
      cookie: sid,
      removed: true,
      cause: 'explicit',
      expected: 'restore',
    },
    {
      title: 'a Set-Cookie or document.cookie with a past expiry',
      cookie: sid,
      removed: true,
      cause: 'expired_overwrite',
      expected: 'restore',
    },
    { title: 'an eviction', cookie: sid, removed: true, cause: 'evicted', expected: 'restore' },
    {
      title: 'its own expiry is not fought',
      cookie: sid,
      removed: true,
      cause: 'expired',
      expected: 'expired',
    },
    {
      title: 'the old half of an overwrite waits for the new half',
      cookie: sid,
      removed: true,
      cause: 'overwrite',
      expected: 'overwrite',
    },
    { title: 'set again as protected: nothing to do', cookie: { ...sid }, expected: 'unchanged' },
    {
      title: 'an own edit while protected is undone (the UI asks to unprotect first)',
      cookie: { ...sid, value: 'edited' },
      expected: 'restore',
    },
    {
      title: 'same name on another path is not the protected cookie, but blocked',
      cookie: { ...sid, path: '/app' },
      expected: 'remove',
    },
    {
      title: 'host-only on the same host is another cookie (blocked by name)',
      cookie: { ...sid, domain: 'a.test', hostOnly: true },
      expected: 'remove',
    },
    {
      title: 'the partitioned cookie of that name is another cookie',
      cookie: { ...sid, secure: true, partitionKey: partition, name: 'sid2' },
      expected: 'unrelated',
    },
    {
      title: 'another store is another cookie',
      cookie: { ...sid, name: 'x', storeId: '1' },
      expected: 'unrelated',
    },
    {
      title: 'a blocked cookie set on a subdomain is removed',
      cookie: testCookie({ name: 'tracker', domain: 'www.a.test' }),
      expected: 'remove',
    },
    {
      title: 'a blocked cookie’s removal is nothing to act on',
      cookie: testCookie({ name: 'tracker' }),
      removed: true,
      cause: 'explicit',
      expected: 'unrelated',
    },
    {
      title: 'a blocked cookie is removed whoever set it',
      cookie: testCookie({ name: 'tracker' }),
      expected: 'remove',
    },
    {
      title: 'the name on another site is unrelated',
      cookie: testCookie({ name: 'tracker', domain: 'b.test' }),
      expected: 'unrelated',
    },
  ];
  it.each(cases)('$title', ({ cookie, removed = false, cause = 'explicit', expected }) => {
    const decision = decideOnChange(rules, { cookie, removed, cause }, nowMs);
    expect(decision.action === 'leave' ? decision.reason : decision.action).toBe(expected);
  });

  it('restores the exact protected cookie, and removes exactly the blocked one', () => {
    const restore = decideOnChange(
      rules,
      { cookie: { ...sid, value: 'bob' }, removed: false, cause: 'explicit' },
      nowMs,
    );
    expect(restore).toMatchObject({ action: 'restore', cookie: sid });
    const tracker = testCookie({ name: 'tracker', domain: 'www.a.test' });
    const remove = decideOnChange(
      rules,
      { cookie: tracker, removed: false, cause: 'explicit' },
      nowMs,
    );
    expect(remove).toMatchObject({ action: 'remove', cookie: tracker });
  });

  it('does not restore a protected cookie whose expiry has passed', () => {
    const later = (sid.expirationDate ?? 0) * 1000 + 1;
    const decision = decideOnChange(
      rules,
      { cookie: sid, removed: true, cause: 'explicit' },
      later,
    );
    expect(decision).toEqual({ action: 'leave', reason: 'expired' });
  });
});

describe('protection against a live store', () => {
  /** The background's loop: each change decided, each fix rate limited and made as its own write. */
  function background(store: FakeCookieStore) {
    const events: StoreChange[] = [];
    const watched = watchedCookieStore(store, (change) => events.push(change));
    let limiter = emptyFixLimiter();
    const reports: string[] = [];
    let fixes = 0;
    const settle = async (site?: (change: StoreChange) => Promise<void>) => {
      for (let i = 0; i < 100 && events.length > 0; i++) {
        const change = events.shift() as StoreChange;
        const decision = decideOnChange(rules, change, nowMs);
        if (decision.action !== 'leave') {
          const request = {
            key: identityKey(decision.cookie),
            site: 'a.test',
            cookie: cookieLabel(decision.cookie),
          };
          const limited = limitFix(limiter, request, nowMs);
          limiter = limited.state;
          if (limited.verdict.fix) {
            fixes++;
            if (decision.action === 'restore')
              await watched.set(setDetailsFor(draftFromCookie(decision.cookie)));
            else await deleteAllExactly(watched, [decision.cookie], nowMs / 1000);
          } else if (limited.verdict.report) {
            reports.push(`${limited.verdict.report.site} ${limited.verdict.report.changes}`);
          }
        }
        await site?.(change);
      }
      return { fixes, reports, left: events.length };
    };
    return { watched, settle };
  }

  it('puts a protected cookie back once: its own write does not trigger another', async () => {
    const store = new FakeCookieStore(nowMs / 1000, [sid]);
    const { watched, settle } = background(store);
    await watched.set(setDetailsFor(draftFromCookie({ ...sid, value: 'bob' })));
    expect(await settle()).toEqual({ fixes: 1, reports: [], left: 0 });
    expect(store.cookies).toEqual([sid]);
    await watched.remove({ url: 'https://a.test/', name: 'sid', storeId: '0' });
    expect((await settle()).fixes).toBe(2);
    expect(store.cookies).toEqual([sid]);
  });

  it('stops fighting a site that sets it again after every fix, and says which site and how often', async () => {
    const store = new FakeCookieStore(nowMs / 1000, [sid]);
    const { watched, settle } = background(store);
    const bob = setDetailsFor(draftFromCookie({ ...sid, value: 'bob' }));
    await watched.set(bob);
    // The site answers each restore by setting its value again.
    const result = await settle(async (change) => {
      if (!change.removed && change.cookie.value === 'alice') await watched.set(bob);
    });
    expect(result).toEqual({ fixes: 5, reports: ['a.test 6'], left: 0 });
  });

  it('removes a blocked cookie whenever it is set', async () => {
    const store = new FakeCookieStore(nowMs / 1000, []);
    const { watched, settle } = background(store);
    await watched.set(
      setDetailsFor(draftFromCookie(testCookie({ name: 'tracker', domain: 'www.a.test' }))),
    );
    expect((await settle()).fixes).toBe(1);
    expect(store.cookies).toEqual([]);
  });
});

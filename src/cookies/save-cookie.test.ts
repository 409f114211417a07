import { describe, expect, it } from 'vitest';
import { type Cookie, type CookieDraft, draftFromCookie } from './cookie';
import { CookieWriteError } from './cookie-write-error';
import { deleteAllExactly, deleteExactly } from './delete-exactly';
import { type SaveOutcome, type SaveResult, saveCookie } from './save-cookie';
import { FakeCookieStore, testCookie } from './testing/fake-cookie-store';

const now = 1_800_000_000;
const persistent = testCookie({
  name: 'pref',
  value: 'dark',
  secure: true,
  httpOnly: true,
  sameSite: 'strict',
  session: false,
  expirationDate: now + 86_400.5,
});
const parentPath = testCookie({ name: 'pref', value: 'root', path: '/' });
const onApp = { ...persistent, path: '/app' };

function storeWith(...cookies: Cookie[]) {
  return new FakeCookieStore(now, cookies);
}
const edit = (cookie: Cookie, change: Partial<CookieDraft>): CookieDraft => ({
  ...draftFromCookie(cookie),
  ...change,
});
/** The outcome of a save that wrote (or found nothing to write), for tests that expect one. */
function written(result: SaveResult): SaveOutcome {
  if (result.plan === 'conflict') throw new Error('expected a save, got a conflict');
  return result;
}
const sorted = (cookies: Cookie[]) =>
  [...cookies].sort((a, b) =>
    `${a.name}${a.domain}${a.path}`.localeCompare(`${b.name}${b.domain}${b.path}`),
  );

describe('saveCookie: attribute edits', () => {
  it('changes the value and keeps every other attribute, expiry to the fraction', async () => {
    const store = storeWith(onApp, parentPath);
    const outcome = await saveCookie(
      store,
      { original: onApp, draft: edit(onApp, { value: 'light' }) },
      now,
    );
    expect(outcome.plan).toBe('update');
    expect(sorted(store.cookies)).toEqual(sorted([{ ...onApp, value: 'light' }, parentPath]));
  });

  it('tells the journal, before the first write, the cookie as the browser had it, not as the caller listed it', async () => {
    const current = { ...onApp, httpOnly: false };
    const store = storeWith(current);
    const seen: unknown[] = [];
    await saveCookie(store, { original: onApp, draft: edit(onApp, { value: 'light' }) }, now, {
      beforeWrite: async (plan) => {
        seen.push([plan.current, plan.plan, store.calls.length]);
      },
    });
    expect(seen).toEqual([[current, 'update', 0]]);
    expect(store.cookies).toEqual([{ ...current, value: 'light' }]);
  });

  it('writes nothing when nothing changed', async () => {
    const store = storeWith(onApp);
    const outcome = await saveCookie(store, { original: onApp, draft: edit(onApp, {}) }, now);
    expect(outcome.plan).toBe('unchanged');
    expect(store.calls).toEqual([]);
  });

  it('turns a persistent cookie into a session cookie and back', async () => {
    const store = storeWith(onApp);
    await saveCookie(
      store,
      { original: onApp, draft: edit(onApp, { expirationDate: undefined }) },
      now,
    );
    const session = store.cookies[0] as Cookie;
    expect(session).toMatchObject({ session: true });
    expect(session.expirationDate).toBeUndefined();
    await saveCookie(
      store,
      { original: session, draft: edit(session, { expirationDate: now + 60 }) },
      now,
    );
    expect(store.cookies).toMatchObject([{ session: false, expirationDate: now + 60 }]);
  });

  it('notes the 400-day clamp and accepts the clamped expiry', async () => {
    const store = storeWith(onApp);
    const outcome = written(
      await saveCookie(
        store,
        { original: onApp, draft: edit(onApp, { expirationDate: now + 500 * 86_400 }) },
        now,
      ),
    );
    expect(outcome.notes.join(' ')).toMatch(/400 days/);
    expect(outcome.cookie.expirationDate).toBe(now + 400 * 86_400);
  });

  it('says so once, not as a rule and again as what happened', async () => {
    const store = storeWith(onApp);
    const outcome = written(
      await saveCookie(
        store,
        { original: onApp, draft: edit(onApp, { expirationDate: now + 500 * 86_400 }) },
        now,
      ),
    );
    expect(outcome.notes.filter((note) => note.includes('400 days'))).toHaveLength(1);
  });
});

describe('saveCookie: the cookie changed in the browser while the editor was open', () => {
  const siteRewrote = { ...onApp, value: 'from-the-site', expirationDate: now + 7200 };

  it('applies only what the user changed: a flag edit keeps the value and expiry the site wrote', async () => {
    const store = storeWith(siteRewrote);
    const outcome = await saveCookie(
      store,
      { original: onApp, draft: edit(onApp, { httpOnly: false }) },
      now,
    );
    expect(outcome.plan).toBe('update');
    expect(store.cookies).toEqual([{ ...siteRewrote, httpOnly: false }]);
  });

  it('writes nothing when a field the user changed also changed in the browser, and says which', async () => {
    const store = storeWith(siteRewrote);
    const outcome = await saveCookie(
      store,
      { original: onApp, draft: edit(onApp, { value: 'mine' }) },
      now,
    );
    expect(outcome).toEqual({ plan: 'conflict', current: siteRewrote, conflicts: ['value'] });
    expect(store.calls).toEqual([]);
    expect(store.cookies).toEqual([siteRewrote]);
  });

  it("saves the user's value once the form is based on the current cookie", async () => {
    const store = storeWith(siteRewrote);
    await saveCookie(
      store,
      { original: siteRewrote, draft: edit(siteRewrote, { value: 'mine' }) },
      now,
    );
    expect(store.cookies).toEqual([{ ...siteRewrote, value: 'mine' }]);
  });

  it('a rename takes the current value along and leaves one cookie', async () => {
    const store = storeWith(siteRewrote);
    await saveCookie(store, { original: onApp, draft: edit(onApp, { name: 'theme' }) }, now);
    expect(store.cookies).toEqual([{ ...siteRewrote, name: 'theme' }]);
  });
});

describe('saveCookie: identity changes leave exactly one cookie', () => {
  it.each<[string, Partial<CookieDraft>, Partial<Cookie>]>([
    ['rename', { name: 'theme' }, { name: 'theme' }],
    ['change path', { path: '/other' }, { path: '/other' }],
    ['host-only → domain cookie', { hostOnly: false }, { domain: '.a.test', hostOnly: false }],
    ['another subdomain', { domain: 'sub.a.test' }, { domain: 'sub.a.test' }],
  ])(
    '%s: the new cookie with every attribute kept, the old one gone, the sibling untouched',
    async (_label, change, expected) => {
      const store = storeWith(onApp, parentPath);
      const outcome = await saveCookie(store, { original: onApp, draft: edit(onApp, change) }, now);
      expect(outcome.plan).toBe('move');
      expect(sorted(store.cookies)).toEqual(sorted([{ ...onApp, ...expected }, parentPath]));
      // Never remove({url, name}): it would take the parent-path sibling with it.
      expect(store.calls.some((c) => c.startsWith('remove'))).toBe(false);
    },
  );

  it('domain → host-only keeps the other cookie of that name on the host', async () => {
    const domainCookie = testCookie({ domain: '.a.test', hostOnly: false, value: 'd' });
    const other = testCookie({ domain: 'sub.a.test', value: 's' });
    const store = storeWith(domainCookie, other);
    await saveCookie(
      store,
      { original: domainCookie, draft: edit(domainCookie, { hostOnly: true }) },
      now,
    );
    expect(sorted(store.cookies)).toEqual(
      sorted([{ ...domainCookie, domain: 'a.test', hostOnly: true }, other]),
    );
  });

  it('refuses to move onto an existing cookie and changes nothing', async () => {
    const store = storeWith(onApp, parentPath);
    await expect(
      saveCookie(store, { original: onApp, draft: edit(onApp, { path: '/' }) }, now),
    ).rejects.toThrow(/already exists/);
    expect(sorted(store.cookies)).toEqual(sorted([onApp, parentPath]));
  });

  it('refuses to create a duplicate of an existing cookie', async () => {
    const store = storeWith(parentPath);
    await expect(
      saveCookie(store, { draft: edit(parentPath, { value: 'x' }) }, now),
    ).rejects.toThrow(/already exists/);
    expect(store.cookies).toEqual([parentPath]);
  });
});

describe('saveCookie: failures never lose the original', () => {
  it('rejects invalid input before any write, naming the field', async () => {
    const store = storeWith(onApp);
    const error = await saveCookie(
      store,
      { original: onApp, draft: edit(onApp, { value: 'a;b' }) },
      now,
    ).catch((e) => e);
    expect(error.message).toMatch(/";"/);
    expect(error.issues).toMatchObject([{ field: 'value', severity: 'error' }]);
    expect(store.calls).toEqual([]);
  });

  it('reports a browser refusal and keeps the original', async () => {
    const store = storeWith(onApp);
    store.failNextSets = [() => 'reject'];
    await expect(
      saveCookie(store, { original: onApp, draft: edit(onApp, { name: 'renamed' }) }, now),
    ).rejects.toThrow(
      /Not saved: the browser refused it without saying why.*original cookie was kept/,
    );
    expect(store.cookies).toEqual([onApp]);
  });

  it('ends a reason that is already a sentence with one full stop', async () => {
    const store = storeWith(onApp);
    store.set = async () => {
      throw new CookieWriteError('The browser kept the cookie "pref": it could not be deleted.');
    };
    const error = await saveCookie(
      store,
      { original: onApp, draft: edit(onApp, { value: 'x' }) },
      now,
    ).catch((e: unknown) => e as Error);
    expect((error as Error).message).toMatch(/could not be deleted\. /);
    expect((error as Error).message).not.toMatch(/\.\./);
  });

  it('restores the original when the browser stored something else', async () => {
    const store = storeWith(onApp);
    store.failNextSets = [() => 'alter'];
    await expect(
      saveCookie(store, { original: onApp, draft: edit(onApp, { value: 'new' }) }, now),
    ).rejects.toThrow(/different value/);
    expect(store.cookies).toEqual([onApp]);
  });

  it('removes a half-made new cookie when a move fails at the read-back', async () => {
    const store = storeWith(onApp);
    store.failNextSets = [() => 'alter'];
    await expect(
      saveCookie(store, { original: onApp, draft: edit(onApp, { name: 'renamed' }) }, now),
    ).rejects.toThrow(/different value/);
    expect(store.cookies).toEqual([onApp]);
  });

  it('reports a cookie that vanished since it was shown', async () => {
    const store = storeWith();
    await expect(
      saveCookie(store, { original: onApp, draft: edit(onApp, { value: 'x' }) }, now),
    ).rejects.toThrow(/no longer exists/);
    expect(store.cookies).toEqual([]);
  });

  it('waits for confirmation before writing back an undecodable value', async () => {
    const broken = testCookie({ value: 'a\uFFFDb' });
    const store = storeWith(broken);
    await expect(
      saveCookie(store, { original: broken, draft: edit(broken, { path: '/x' }) }, now),
    ).rejects.toThrow(/not valid UTF-8/);
    await saveCookie(
      store,
      { original: broken, draft: edit(broken, { path: '/x' }), confirmed: true },
      now,
    );
    expect(store.cookies).toEqual([{ ...broken, path: '/x' }]);
  });
});

describe('saveCookie: creating', () => {
  it('creates a session and a persistent cookie', async () => {
    const store = storeWith();
    await saveCookie(store, { draft: edit(parentPath, { name: 'session_one' }) }, now);
    await saveCookie(
      store,
      { draft: edit(parentPath, { name: 'kept', expirationDate: now + 3600 }) },
      now,
    );
    expect(store.cookies).toMatchObject([
      { name: 'session_one', session: true },
      { name: 'kept', session: false, expirationDate: now + 3600 },
    ]);
  });

  it('stores the path the way the browser encodes it', async () => {
    const store = storeWith();
    const outcome = written(
      await saveCookie(store, { draft: edit(parentPath, { path: '/a b' }) }, now),
    );
    expect(outcome.cookie.path).toBe('/a%20b');
  });
});

describe('deleteExactly', () => {
  it('deletes one cookie and leaves same-name cookies on parent paths and domains', async () => {
    const domainCookie = testCookie({ name: 'pref', domain: '.a.test', hostOnly: false });
    const store = storeWith(onApp, parentPath, domainCookie);
    await deleteExactly(store, onApp, now);
    expect(sorted(store.cookies)).toEqual(sorted([parentPath, domainCookie]));
  });

  it('falls back to remove() when the exact write is refused, and puts the siblings back', async () => {
    const store = storeWith(onApp, parentPath);
    store.failNextSets = [() => 'reject'];
    await deleteExactly(store, onApp, now);
    expect(store.cookies).toEqual([parentPath]);
    expect(store.calls.some((c) => c.startsWith('remove'))).toBe(true);
  });

  it('in the fallback, keeps the unpartitioned twin that remove() takes with a partitioned cookie', async () => {
    const partitioned = testCookie({
      secure: true,
      partitionKey: { topLevelSite: 'https://b.test', hasCrossSiteAncestor: true },
    });
    const unpartitioned = testCookie({ value: 'plain' });
    const store = storeWith(partitioned, unpartitioned);
    store.failNextSets = [() => 'reject'];
    await deleteExactly(store, partitioned, now);
    expect(store.cookies).toEqual([unpartitioned]);
  });

  it('deletes all of a list and counts them', async () => {
    const other = testCookie({ name: 'keep', domain: 'b.test' });
    const store = storeWith(onApp, parentPath, other);
    expect(await deleteAllExactly(store, [onApp, parentPath], now)).toEqual({
      deleted: 2,
      failures: [],
    });
    expect(store.cookies).toEqual([other]);
  });
});

describe('saveCookie: Firefox first-party isolation', () => {
  // What Firefox stores under privacy.firstparty.isolate; the editor's draft has no such field.
  const isolated = testCookie({
    name: 'sid',
    storeId: 'firefox-default',
    firstPartyDomain: 'a.test',
  });
  const fromForm = (change: Partial<CookieDraft>): CookieDraft => {
    const { firstPartyDomain: _dropped, ...draft } = edit(isolated, change);
    return draft;
  };

  it('an attribute edit stays in the first party: one cookie, nothing else changed', async () => {
    const store = storeWith(isolated);
    await saveCookie(store, { original: isolated, draft: fromForm({ value: 'new' }) }, now);
    expect(await store.getAll({ firstPartyDomain: null })).toEqual([{ ...isolated, value: 'new' }]);
  });

  it('an identity change moves the cookie within its first party, the old one gone', async () => {
    const store = storeWith(isolated);
    await saveCookie(store, { original: isolated, draft: fromForm({ path: '/app' }) }, now);
    expect(await store.getAll({ firstPartyDomain: null })).toEqual([{ ...isolated, path: '/app' }]);
  });

  it('deletes exactly the isolated cookie, not its twin outside the first party', async () => {
    const twin = { ...isolated, firstPartyDomain: '' };
    const store = storeWith(isolated, twin);
    await deleteExactly(store, isolated, now);
    expect(await store.getAll({ firstPartyDomain: null })).toEqual([twin]);
  });
});

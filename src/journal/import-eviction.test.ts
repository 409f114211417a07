import { describe, expect, it } from 'vitest';
import type { Cookie } from '../cookies/cookie';
import { type CookieDraft, draftFromCookie } from '../cookies/cookie';
import type { SetDetails } from '../cookies/set-details';
import { FakeCookieStore, testCookie } from '../cookies/testing/fake-cookie-store';
import { importAction } from './import-action';
import { testContext } from './testing/journal-fixtures';

const now = 1_800_000_000;

/**
 * Chrome past its limit: a write that makes more than `limit` cookies evicts the least recently
 * used one, and the write itself still succeeds (cookie-semantics.md).
 */
class EvictingStore extends FakeCookieStore {
  constructor(
    private readonly limit: number,
    cookies: Cookie[],
  ) {
    super(now, cookies);
  }

  override async set(details: SetDetails): Promise<Cookie | null> {
    const stored = await super.set(details);
    while (this.cookies.length > this.limit) this.cookies.shift();
    return stored;
  }
}

const old = testCookie({ name: 'login', value: 'mine' });
const draft = (name: string): CookieDraft => ({ ...draftFromCookie(old), name, value: name });

describe('an import the browser evicts cookies for', () => {
  it('names eviction for an imported cookie gone at the read-back, and for the cookies it pushed out', async () => {
    const store = new EvictingStore(2, [old]);
    const answer = await importAction(testContext(store), {
      drafts: [draft('a'), draft('b'), draft('c')],
      onExisting: 'skip',
      seen: [],
    });
    const failed = answer.results.filter((r) => r.status === 'failed');
    expect(failed).toEqual([
      {
        index: 0,
        status: 'failed',
        reason:
          '"a" (a.test/) was written, but the browser no longer has it: it evicts cookies beyond 180 per site and 3,300 in all, least recently used first.',
      },
    ]);
    for (const r of failed) expect('reason' in r && r.reason).not.toMatch(/stored a different/);
    expect(answer.evicted).toEqual(['"login" (a.test/)']);
  });

  it('says nothing of eviction when everything fits', async () => {
    const store = new EvictingStore(10, [old]);
    const answer = await importAction(testContext(store), {
      drafts: [draft('a')],
      onExisting: 'skip',
      seen: [],
    });
    expect(answer.results.map((r) => r.status)).toEqual(['imported']);
    expect(answer).not.toHaveProperty('evicted');
  });
});

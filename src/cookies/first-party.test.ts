import { describe, expect, it } from 'vitest';
import { type Cookie, type CookieDraft, draftFromCookie } from './cookie';
import { inDefaultFirstParty, inFirstPartyOf } from './first-party';
import { saveCookie } from './save-cookie';
import type { SetDetails } from './set-details';
import { FakeCookieStore } from './testing/fake-cookie-store';

const isolated: Cookie = {
  name: 'sid',
  value: '1',
  domain: 'a.test',
  hostOnly: true,
  path: '/',
  secure: false,
  httpOnly: false,
  sameSite: 'lax',
  session: true,
  storeId: 'firefox-default',
  firstPartyDomain: 'a.test',
};

/** A draft as the editor makes it: no firstPartyDomain. */
const { firstPartyDomain: _none, ...fromForm } = { ...draftFromCookie(isolated), value: '2' };

describe('inFirstPartyOf', () => {
  it.each<[string, CookieDraft, Cookie | undefined, string | undefined]>([
    ['an edit of an isolated cookie stays in its first party', fromForm, isolated, 'a.test'],
    [
      'an edit of a Firefox cookie keeps its ""',
      fromForm,
      { ...isolated, firstPartyDomain: '' },
      '',
    ],
    [
      'a Chromium cookie gets none',
      fromForm,
      { ...isolated, firstPartyDomain: undefined },
      undefined,
    ],
    ['a new cookie gets none', fromForm, undefined, undefined],
    [
      "a draft's own first party wins",
      { ...fromForm, firstPartyDomain: 'b.test' },
      isolated,
      'b.test',
    ],
  ])('%s', (_label, draft, current, expected) => {
    const result = inFirstPartyOf(draft, current);
    expect(result.firstPartyDomain).toBe(expected);
    expect({ ...result, firstPartyDomain: undefined }).toEqual({
      ...draft,
      firstPartyDomain: undefined,
    });
  });
});

/** A Firefox store under first-party isolation: every write must name a first party. */
class IsolatingStore extends FakeCookieStore {
  questions = 0;
  async isolatesFirstParties(): Promise<boolean> {
    this.questions++;
    return true;
  }
  override async set(details: SetDetails): Promise<Cookie | null> {
    if (details.firstPartyDomain === undefined)
      throw new Error(
        "First-Party Isolation is enabled, but the required 'firstPartyDomain' attribute was not set.",
      );
    return super.set(details);
  }
}

describe('inDefaultFirstParty', () => {
  const newCookie: CookieDraft = {
    ...fromForm,
    name: 'made',
    domain: '.shop.a.test',
    hostOnly: false,
  };

  it('under isolation, puts a draft without a first party in its site’s, asking once', async () => {
    const store = new IsolatingStore(1_000);
    const drafts = await inDefaultFirstParty(store, [
      newCookie,
      { ...newCookie, firstPartyDomain: '' },
    ]);
    expect(drafts.map((d) => d.firstPartyDomain)).toEqual(['a.test', '']);
    expect(store.questions).toBe(1);
  });

  it('leaves drafts alone where there is no isolation or no first parties at all', async () => {
    const firefox = Object.assign(new FakeCookieStore(1_000), {
      isolatesFirstParties: async () => false,
    });
    expect(await inDefaultFirstParty(firefox, [newCookie])).toEqual([newCookie]);
    expect(await inDefaultFirstParty(new FakeCookieStore(1_000), [newCookie])).toEqual([newCookie]);
  });

  it('lets a new cookie be saved under isolation, and never over one that exists there', async () => {
    const store = new IsolatingStore(1_000);
    const saved = await saveCookie(store, { draft: newCookie }, 1_000);
    expect(saved).toMatchObject({
      plan: 'create',
      cookie: { name: 'made', firstPartyDomain: 'a.test' },
    });
    await expect(
      saveCookie(store, { draft: { ...newCookie, value: 'other' } }, 1_000),
    ).rejects.toThrow(/already exists/);
    expect(store.cookies.map((c) => [c.name, c.value])).toEqual([['made', '2']]);
  });
});

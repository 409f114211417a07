import { describe, expect, it } from 'vitest';
import { type Cookie, type CookieDraft, draftFromCookie } from './cookie';
import { inFirstPartyOf } from './first-party';

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

import { describe, expect, it } from 'vitest';
import { type Cookie, type CookieDraft, draftFromCookie } from './cookie';
import { mergeEdit } from './merge-edit';
import { testCookie } from './testing/fake-cookie-store';

const now = 1_800_000_000;
const opened = testCookie({
  name: 'sid',
  value: 'v1',
  session: false,
  expirationDate: now + 3600.25,
  sameSite: 'lax',
});
const edit = (change: Partial<CookieDraft>): CookieDraft => ({
  ...draftFromCookie(opened),
  ...change,
});
const site = (change: Partial<Cookie>): Cookie => ({ ...opened, ...change });

describe('mergeEdit', () => {
  it.each([
    [
      'a flag edit keeps the value and expiry the site wrote meanwhile',
      edit({ secure: true }),
      site({ value: 'v2', expirationDate: now + 7200 }),
      { ...edit({ secure: true }), value: 'v2', expirationDate: now + 7200 },
    ],
    [
      'a value edit keeps the flag the site changed meanwhile',
      edit({ value: 'mine' }),
      site({ httpOnly: true }),
      { ...edit({ value: 'mine' }), httpOnly: true },
    ],
    [
      'the site turning the cookie into a session cookie is kept when the user left the expiry alone',
      edit({ value: 'mine' }),
      site({ session: true, expirationDate: undefined }),
      (() => {
        const draft = edit({ value: 'mine' });
        delete draft.expirationDate;
        return draft;
      })(),
    ],
    [
      'both sides making the same change is no conflict',
      edit({ value: 'same' }),
      site({ value: 'same' }),
      edit({ value: 'same' }),
    ],
    [
      'nothing changed anywhere gives the edit back',
      edit({ sameSite: 'strict' }),
      opened,
      edit({ sameSite: 'strict' }),
    ],
    [
      'a rename carries the current value to the new name',
      edit({ name: 'session' }),
      site({ value: 'v2' }),
      edit({ name: 'session', value: 'v2' }),
    ],
  ])('%s', (_, edited, current, expected) => {
    expect(mergeEdit(opened, edited, current)).toEqual({ draft: expected });
  });

  it.each([
    ['value', edit({ value: 'mine' }), site({ value: 'theirs' }), ['value']],
    [
      'expiry',
      edit({ expirationDate: now + 100 }),
      site({ expirationDate: now + 200 }),
      ['expirationDate'],
    ],
    [
      'session against persistent',
      (() => {
        const draft = edit({});
        delete draft.expirationDate;
        return draft;
      })(),
      site({ expirationDate: now + 200 }),
      ['expirationDate'],
    ],
    [
      'two fields at once',
      edit({ value: 'mine', sameSite: 'strict' }),
      site({ value: 'theirs', sameSite: 'no_restriction', secure: true }),
      ['value', 'sameSite'],
    ],
  ])('a field both sides changed differently is a conflict: %s', (_, edited, current, fields) => {
    expect(mergeEdit(opened, edited, current)).toEqual({ conflicts: fields });
  });
});

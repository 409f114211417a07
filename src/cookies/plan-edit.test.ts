import { describe, expect, it } from 'vitest';
import { type CookieDraft, draftFromCookie } from './cookie';
import { canonicalDraft, planEdit } from './plan-edit';
import { expireDetailsFor, setDetailsFor } from './set-details';
import { testCookie } from './testing/fake-cookie-store';

const original = testCookie({ session: false, expirationDate: 1_900_000_000.25 });
const edit = (change: Partial<CookieDraft>) => ({ ...draftFromCookie(original), ...change });

describe('planEdit', () => {
  it.each<[string, Partial<CookieDraft>, string]>([
    ['nothing changed', {}, 'unchanged'],
    ['value', { value: 'new' }, 'update'],
    ['flags', { secure: true, httpOnly: true }, 'update'],
    ['SameSite', { sameSite: 'strict' }, 'update'],
    ['expiry', { expirationDate: 1_900_000_100 }, 'update'],
    ['made a session cookie', { expirationDate: undefined }, 'update'],
    ['name', { name: 'other' }, 'move'],
    ['path', { path: '/app' }, 'move'],
    ['host-only → domain', { hostOnly: false }, 'move'],
    ['domain', { domain: 'sub.a.test' }, 'move'],
    ['partition', { secure: true, partitionKey: { topLevelSite: 'https://b.test' } }, 'move'],
    ['domain only in case', { domain: 'A.TEST' }, 'unchanged'],
  ])('%s → %s', (_label, change, kind) => {
    expect(planEdit(original, edit(change)).kind).toBe(kind);
  });

  it('creates when there is no original', () => {
    expect(planEdit(undefined, edit({})).kind).toBe('create');
  });

  it('names the identity fields that changed', () => {
    expect(planEdit(original, edit({ name: 'x', path: '/p' }))).toEqual({
      kind: 'move',
      changed: ['name', 'path'],
    });
  });
});

describe('canonicalDraft', () => {
  it('completes the cross-site flag of a partition from the sites', () => {
    expect(
      canonicalDraft(edit({ partitionKey: { topLevelSite: 'https://b.test' } })).partitionKey,
    ).toEqual({
      topLevelSite: 'https://b.test',
      hasCrossSiteAncestor: true,
    });
    expect(
      canonicalDraft(
        edit({ domain: 'sub.a.test', partitionKey: { topLevelSite: 'https://a.test' } }),
      ).partitionKey,
    ).toEqual({
      topLevelSite: 'https://a.test',
      hasCrossSiteAncestor: false,
    });
  });
});

describe('canonicalDraft partitions', () => {
  it.each([
    ['https://sub.b.test', 'https://b.test'],
    ['https://b.test/some/path', 'https://b.test'],
    ['https://b.test', 'https://b.test'],
  ])('stores %s as the site %s, as Chrome does', (entered, stored) => {
    expect(
      canonicalDraft(edit({ partitionKey: { topLevelSite: entered } })).partitionKey?.topLevelSite,
    ).toBe(stored);
  });
});

describe('setDetailsFor', () => {
  it('leaves domain out for a host-only cookie and sends only the keys set() accepts', () => {
    const details = setDetailsFor(draftFromCookie(original));
    expect(details).toEqual({
      url: 'http://a.test/',
      name: 'sid',
      value: 'abc',
      path: '/',
      secure: false,
      httpOnly: false,
      sameSite: 'lax',
      expirationDate: 1_900_000_000.25,
      storeId: '0',
    });
  });

  it('passes the domain, without a dot, for a domain cookie; https when Secure', () => {
    const details = setDetailsFor(
      edit({ domain: '.a.test', hostOnly: false, secure: true, expirationDate: undefined }),
    );
    expect(details).toMatchObject({ url: 'https://a.test/', domain: 'a.test' });
    expect('expirationDate' in details).toBe(false);
  });

  it('expires with the exact identity, a day in the past, never at 0 (which means no expiry)', () => {
    const cookie = testCookie({ domain: '.a.test', hostOnly: false, path: '/app', secure: true });
    expect(expireDetailsFor(cookie, 1_800_000_000)).toMatchObject({
      url: 'https://a.test/app',
      domain: 'a.test',
      path: '/app',
      expirationDate: 1_800_000_000 - 86_400,
    });
  });
});

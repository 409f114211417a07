import { describe, expect, it } from 'vitest';
import { draftFromCookie } from './cookie';
import { expireDetailsFor, readBackQuery, setDetailsFor } from './set-details';
import { testCookie } from './testing/fake-cookie-store';

const now = 1_800_000_000;

describe('firstPartyDomain in what is sent to the browser', () => {
  const isolated = testCookie({ storeId: 'firefox-default', firstPartyDomain: 'a.test' });
  const chromium = testCookie();

  it('is written, expired and read back with the cookie it belongs to', () => {
    expect(setDetailsFor(draftFromCookie(isolated)).firstPartyDomain).toBe('a.test');
    expect(expireDetailsFor(isolated, now).firstPartyDomain).toBe('a.test');
    expect(readBackQuery(isolated).firstPartyDomain).toBe('a.test');
  });

  it('keeps Firefox\'s "" (needed under first-party isolation)', () => {
    const plain = { ...isolated, firstPartyDomain: '' };
    expect(setDetailsFor(draftFromCookie(plain))).toHaveProperty('firstPartyDomain', '');
    expect(readBackQuery(plain)).toHaveProperty('firstPartyDomain', '');
  });

  it('is never sent for a cookie without one: Chromium rejects unknown keys', () => {
    expect(setDetailsFor(draftFromCookie(chromium))).not.toHaveProperty('firstPartyDomain');
    expect(expireDetailsFor(chromium, now)).not.toHaveProperty('firstPartyDomain');
    expect(readBackQuery(chromium)).not.toHaveProperty('firstPartyDomain');
  });
});

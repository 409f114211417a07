import { describe, expect, it } from 'vitest';
import { draftFromCookie } from './cookie';
import { publicSuffixRules } from './cookie-site';
import { rawPathReason } from './raw-path';
import { saveCookie } from './save-cookie';
import { FakeCookieStore, testCookie } from './testing/fake-cookie-store';
import { validateCookie } from './validate-cookie';

// A server may send `Path=/x y`; Chrome stores that path as sent, but cookies.set encodes its
// url, so every write (an edit, an expiry that would delete it) lands on /x%20y, another cookie
// (pinned in e2e/raw-cookie-path.spec.ts). Such a cookie cannot be edited or deleted here.

const now = 1_800_000_000;
const raw = testCookie({ name: 'a', value: '1', path: '/x y' });

describe('rawPathReason', () => {
  it.each([['/'], ['/x%20y'], ['/a/b-c_d.e~f'], ['/%E2%82%AC']])(
    'has nothing to say of %s',
    (path) => {
      expect(rawPathReason(path)).toBeUndefined();
    },
  );

  it.each([['/x y'], ['/a"b'], ['/€'], ['/{x}']])('explains %s', (path) => {
    expect(rawPathReason(path)).toMatch(/^The site sent this cookie's path .* unencoded/);
  });
});

describe('a cookie with a raw path', () => {
  it('is refused by the editor with the reason, not saved as a move to the encoded path', async () => {
    const store = new FakeCookieStore(now, [raw]);
    const error = await saveCookie(
      store,
      { original: raw, draft: { ...draftFromCookie(raw), value: '2' } },
      now,
    ).catch((e: unknown) => e as Error);
    expect((error as Error).message).toBe(`Not saved: ${rawPathReason('/x y')}`);
    expect(store.calls).toEqual([]);
    expect(store.cookies).toEqual([raw]);
  });

  it('gets a note when imported: the browser stores the path encoded', () => {
    const issues = validateCookie(
      { ...draftFromCookie(raw) },
      { nowSeconds: now, hostRules: publicSuffixRules },
    );
    expect(issues).toEqual([
      {
        field: 'path',
        severity: 'note',
        message: 'The browser stores this path encoded, as "/x%20y".',
      },
    ]);
  });
});

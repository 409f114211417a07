import { describe, expect, it } from 'vitest';
import { FakeCookieStore } from '../cookies/testing/fake-cookie-store';
import { notingOwnWrites } from './noting-own-writes';
import { createOwnWrites } from './own-writes';

describe('notingOwnWrites', () => {
  it('passes the optional first-party question through, and adds none where there is none', async () => {
    const firefox = Object.assign(new FakeCookieStore(1_000), {
      isolatesFirstParties: async () => true,
    });
    expect(
      await notingOwnWrites(
        firefox,
        createOwnWrites(() => 0),
      ).isolatesFirstParties?.(),
    ).toBe(true);
    expect(
      notingOwnWrites(
        new FakeCookieStore(1_000),
        createOwnWrites(() => 0),
      ).isolatesFirstParties,
    ).toBe(undefined);
  });
});

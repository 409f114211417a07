import { describe, expect, it } from 'vitest';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import type { CookieChange } from '../protocol/cookie-protocol';
import { createChangeBatches } from './change-batches';
import { createOwnWrites } from './own-writes';

describe('createChangeBatches', () => {
  it('sends the events of one tick as one batch, each stamped with its time and its author', () => {
    let now = 5_000;
    const ownWrites = createOwnWrites(() => now);
    const sent: CookieChange[][] = [];
    const flushes: (() => void)[] = [];
    const push = createChangeBatches({
      ownWrites,
      now: () => now,
      send: (changes) => sent.push(changes),
      schedule: (flush) => flushes.push(flush),
    });
    ownWrites.note({ url: 'http://a.test/', name: 'mine', storeId: '0' });
    push({ removed: false, cause: 'explicit', cookie: testCookie({ name: 'mine' }) });
    now += 1;
    push({ removed: true, cause: 'explicit', cookie: testCookie({ name: 'sites' }) });
    expect(flushes).toHaveLength(1);
    flushes[0]?.();
    expect(sent).toEqual([
      [
        expect.objectContaining({ time: 5_000, byExtension: true, removed: false }),
        expect.objectContaining({ time: 5_001, byExtension: false, removed: true }),
      ],
    ]);
    push({ removed: false, cause: 'explicit', cookie: testCookie() });
    expect(flushes).toHaveLength(2);
  });

  it('keeps the time, author and protection verdict judged when the change happened', () => {
    const ownWrites = createOwnWrites(() => 9_000);
    const sent: CookieChange[][] = [];
    const push = createChangeBatches({
      ownWrites,
      now: () => 9_000,
      send: (changes) => sent.push(changes),
      schedule: (flush) => flush(),
    });
    ownWrites.note({ url: 'http://a.test/', name: 'sid', storeId: '0' });
    push({
      removed: false,
      cause: 'explicit',
      cookie: testCookie(),
      time: 8_990,
      byExtension: false,
      protection: 'restored',
    });
    expect(sent).toEqual([
      [expect.objectContaining({ time: 8_990, byExtension: false, protection: 'restored' })],
    ]);
  });
});

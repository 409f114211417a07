import { describe, expect, it } from 'vitest';
import { createOwnWrites, ownWriteWindowMs } from './own-writes';

describe('createOwnWrites', () => {
  it('credits a change to the extension only within the window after its own write', () => {
    let now = 1_000;
    const own = createOwnWrites(() => now);
    own.note({ url: 'https://a.test/x', name: 'sid', storeId: '0' });
    const change = { storeId: '0', name: 'sid', domain: 'a.test', path: '/x' };
    expect(own.isOwn(change)).toBe(true);
    // A domain cookie's leading dot and the host's case do not matter.
    expect(own.isOwn({ ...change, domain: '.A.test' })).toBe(true);
    expect(own.isOwn({ ...change, name: 'other' })).toBe(false);
    expect(own.isOwn({ ...change, storeId: '1' })).toBe(false);
    now += ownWriteWindowMs + 1;
    expect(own.isOwn(change)).toBe(false);
  });

  it('takes the domain and path of the write over those of its url', () => {
    const own = createOwnWrites(() => 0);
    own.note({
      url: 'https://www.a.test/p/q',
      name: 'k',
      storeId: '0',
      domain: 'a.test',
      path: '/',
    });
    expect(own.isOwn({ storeId: '0', name: 'k', domain: '.a.test', path: '/' })).toBe(true);
    expect(own.isOwn({ storeId: '0', name: 'k', domain: 'www.a.test', path: '/p/q' })).toBe(false);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Cookie } from '../../cookies/cookie';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import type { CookieChange, CookieStoreInfo } from '../../protocol/cookie-protocol';
import type { ProtocolClient } from '../../protocol/protocol-client';
import type { CookieConnector } from '../cookie-connector';
import { type CookieListing, createLiveCookieListing } from './live-cookie-listing';

beforeEach(() => {
  // Timers only: the real setImmediate lets `settle` run every pending promise.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const store = (id: string, incognito = false): CookieStoreInfo => ({
  id,
  incognito,
  tabIds: [],
  kind: incognito ? { kind: 'private' } : { kind: 'default' },
});

/** A background with cookies in stores, its change feed, and a count of what was asked. */
class FakeBackground {
  stores = [store('0')];
  cookies: Cookie[] = [];
  calls: string[] = [];
  /** Holds every listCookies answer until `release()`. */
  holdListings = false;
  private held: (() => void)[] = [];
  private listeners = new Set<(changes: CookieChange[]) => void>();

  readonly client = {
    listCookieStores: async () => {
      this.calls.push('listCookieStores');
      return { stores: [...this.stores] };
    },
    listCookies: async ({ storeId }: { storeId: string }) => {
      this.calls.push(`listCookies ${storeId}`);
      const cookies = this.cookies.filter((c) => c.storeId === storeId).map((c) => ({ ...c }));
      if (this.holdListings) await new Promise<void>((resolve) => this.held.push(resolve));
      return { cookies };
    },
    describeSites: async ({ urls }: { urls: string[] }) => {
      this.calls.push(`describeSites ${urls.join(' ')}`);
      return {
        sites: urls.map((url) => ({
          url,
          site: new URL(url).hostname.replace(/^www\./, ''),
          access: 'ok' as const,
        })),
      };
    },
  } satisfies Partial<ProtocolClient>;

  readonly connector: CookieConnector = {
    client: this.client as Partial<ProtocolClient> as ProtocolClient,
    onChanges: (listener) => {
      this.calls.push('subscribe');
      this.listeners.add(listener);
      return () => this.listeners.delete(listener);
    },
  };

  /** Changes the store as the browser would, and sends the feed's batch. */
  emit(changes: CookieChange[]): void {
    for (const { removed, cookie } of changes) {
      this.cookies = this.cookies.filter((c) => !sameIdentity(c, cookie));
      if (!removed) this.cookies.push({ ...cookie });
    }
    for (const listener of this.listeners) listener(changes);
  }

  release(): void {
    this.holdListings = false;
    for (const resolve of this.held.splice(0)) resolve();
  }

  listings(): number {
    return this.calls.filter((call) => call.startsWith('listCookies ')).length;
  }
}

const sameIdentity = (a: Cookie, b: Cookie) =>
  a.name === b.name && a.domain === b.domain && a.path === b.path && a.storeId === b.storeId;

const removed = (cookie: Cookie): CookieChange => ({
  removed: true,
  cause: 'explicit',
  cookie: { ...cookie },
  time: 0,
  byExtension: true,
});
const added = (cookie: Cookie): CookieChange => ({ ...removed(cookie), removed: false });

/** Runs the burst timers and every promise they start. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    await vi.advanceTimersByTimeAsync(600);
  }
}

function started(background: FakeBackground) {
  const live = createLiveCookieListing(background.connector, (next) => {
    state = next(state);
    updates++;
  });
  let state: CookieListing = live.initial;
  let updates = 0;
  const stop = live.start();
  return {
    live,
    stop,
    state: () => state,
    updates: () => updates,
    names: () => state.cookies.map((c) => `${c.name}@${c.domain}=${c.value}`).sort(),
  };
}

describe('createLiveCookieListing', () => {
  it('subscribes to the feed, then lists every store once', async () => {
    const background = new FakeBackground();
    background.stores = [store('0'), store('1', true)];
    background.cookies = [testCookie({ name: 'a' }), testCookie({ name: 'b', storeId: '1' })];
    const manager = started(background);
    await settle();
    expect(background.calls.slice(0, 4)).toEqual([
      'subscribe',
      'listCookieStores',
      'listCookies 0',
      'listCookies 1',
    ]);
    expect(manager.names()).toEqual(['a@a.test=abc', 'b@a.test=abc']);
    expect(manager.state()).toMatchObject({ loaded: true, error: undefined });
    expect(manager.state().stores.map((s) => s.id)).toEqual(['0', '1']);
  });

  it('a bulk delete of 3,000 cookies in the feed: no listing, one update per burst, the right cookies left', async () => {
    const background = new FakeBackground();
    background.cookies = Array.from({ length: 3001 }, (_, i) =>
      testCookie({ name: `c${i}`, domain: `host-${i % 20}.test`, value: 'a'.repeat(100) }),
    );
    const manager = started(background);
    await settle();
    const survivor = manager.state().cookies.find((c) => c.name === 'c3000');
    const callsBefore = background.calls.length;
    const updatesBefore = manager.updates();

    // As the background relays them: a batch every 20 ms, 50 changes each, for 1.2 s.
    const doomed = background.cookies.slice(0, 3000);
    for (let i = 0; i < doomed.length; i += 50) {
      background.emit(doomed.slice(i, i + 50).map(removed));
      await vi.advanceTimersByTimeAsync(20);
    }
    await settle();

    expect(manager.names()).toEqual([`c3000@host-0.test=${'a'.repeat(100)}`]);
    expect(manager.state().cookies[0]).toBe(survivor);
    const calls = background.calls.slice(callsBefore);
    expect(calls.filter((call) => call.startsWith('listCookies '))).toEqual([]);
    // Only the small question "which stores?" once per burst (at least every 500 ms).
    expect(new Set(calls)).toEqual(new Set(['listCookieStores']));
    expect(manager.updates() - updatesBefore).toBeLessThanOrEqual(4);
  });

  it('an edit, a new cookie on a new host, a removal: applied, new hosts learned, others keep their object', async () => {
    const background = new FakeBackground();
    const a = testCookie({ name: 'a', domain: 'a.test' });
    const b = testCookie({ name: 'b', domain: 'a.test' });
    background.cookies = [a, b];
    const manager = started(background);
    await settle();
    const [listedA] = manager.state().cookies;
    const siteOfBefore = manager.state().siteOf;

    background.emit([
      { ...removed(b), cause: 'overwrite' },
      added({ ...b, value: 'edited' }),
      added(testCookie({ name: 'n', domain: 'www.new.test' })),
    ]);
    await settle();

    expect(manager.names()).toEqual(['a@a.test=abc', 'b@a.test=edited', 'n@www.new.test=abc']);
    expect(manager.state().cookies[0]).toBe(listedA);
    expect(background.calls).toContain('describeSites https://www.new.test/');
    expect(manager.state().siteOf).not.toBe(siteOfBefore);
    expect(manager.state().siteOf('www.new.test')).toBe('new.test');
    expect(background.listings()).toBe(1);
  });

  it('an empty batch (the background restarted) lists everything again', async () => {
    const background = new FakeBackground();
    background.cookies = [testCookie({ name: 'a' })];
    const manager = started(background);
    await settle();
    // Changed while nobody was listening: the feed cannot tell.
    background.cookies.push(testCookie({ name: 'missed' }));
    background.emit([]);
    await settle();
    expect(background.listings()).toBe(2);
    expect(manager.names()).toEqual(['a@a.test=abc', 'missed@a.test=abc']);
  });

  it('a cookie of a store not seen before (a new incognito window) lists everything again', async () => {
    const background = new FakeBackground();
    const manager = started(background);
    await settle();
    background.stores = [store('0'), store('1', true)];
    background.emit([added(testCookie({ name: 'private', storeId: '1' }))]);
    await settle();
    expect(background.listings()).toBe(1 + 2);
    expect(manager.state().stores.map((s) => s.id)).toEqual(['0', '1']);
    expect(manager.names()).toEqual(['private@a.test=abc']);
  });

  it('a store that went away (the last incognito window closed) is noticed after the next burst', async () => {
    const background = new FakeBackground();
    background.stores = [store('0'), store('1', true)];
    background.cookies = [testCookie({ name: 'private', storeId: '1' })];
    const manager = started(background);
    await settle();
    background.stores = [store('0')];
    background.cookies = [];
    background.emit([added(testCookie({ name: 'a' }))]);
    await settle();
    expect(manager.state().stores.map((s) => s.id)).toEqual(['0']);
    expect(manager.names()).toEqual(['a@a.test=abc']);
  });

  it('changes that arrive while a listing is in flight are applied on top of it, in order', async () => {
    const background = new FakeBackground();
    const a = testCookie({ name: 'a' });
    const b = testCookie({ name: 'b' });
    background.cookies = [a, b];
    background.holdListings = true;
    const manager = started(background);
    await settle();
    expect(manager.state().loaded).toBe(false);

    // The listing read [a, b] already; these come after its read, before its answer.
    background.emit([removed(a), added(testCookie({ name: 'c' }))]);
    await settle();
    background.emit([{ ...removed(b), cause: 'overwrite' }, added({ ...b, value: 'new' })]);
    await settle();
    background.release();
    await settle();

    expect(manager.names()).toEqual(['b@a.test=new', 'c@a.test=abc']);
    expect(background.listings()).toBe(1);
  });

  it('a restart of the background during a listing lists again once it is done', async () => {
    const background = new FakeBackground();
    background.holdListings = true;
    const manager = started(background);
    await settle();
    // The listing in flight may have read before what the restart lost.
    background.cookies.push(testCookie({ name: 'missed' }));
    background.emit([]);
    await settle();
    background.release();
    await settle();
    expect(background.listings()).toBe(2);
    expect(manager.names()).toEqual(['missed@a.test=abc']);
  });

  it("a page's own reload keeps the changes that arrive meanwhile", async () => {
    const background = new FakeBackground();
    background.cookies = [testCookie({ name: 'a' })];
    const manager = started(background);
    await settle();
    background.holdListings = true;
    const reloaded = manager.live.reload();
    await settle();
    background.emit([added(testCookie({ name: 'late' }))]);
    await settle();
    background.release();
    await reloaded;
    await settle();
    expect(manager.names()).toEqual(['a@a.test=abc', 'late@a.test=abc']);
  });

  it('stops updating once stopped', async () => {
    const background = new FakeBackground();
    const manager = started(background);
    await settle();
    const updates = manager.updates();
    manager.stop();
    background.emit([added(testCookie({ name: 'a' }))]);
    await settle();
    expect(manager.updates()).toBe(updates);
  });
});

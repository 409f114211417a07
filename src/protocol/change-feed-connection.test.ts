import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createChangeFeedConnection,
  type FeedPort,
  type FeedRuntime,
  reconnectDelayMs,
} from './change-feed-connection';
import type { ChangeFeedMessage, CookieChange } from './cookie-protocol';

/**
 * A runtime whose ports behave like Chrome's: `disconnect()` on our side does not fire our own
 * onDisconnect; the background's side (`drop`) does. The background sends every batch to each
 * port it holds.
 */
function fakeRuntime() {
  const open = new Set<{
    message: Set<(m: unknown) => void>;
    disconnect: Set<() => void>;
  }>();
  let connects = 0;
  const runtime: FeedRuntime = {
    connect({ name }) {
      expect(name).toBe('cookie-workbench/changes');
      connects++;
      const ends = { message: new Set<(m: unknown) => void>(), disconnect: new Set<() => void>() };
      open.add(ends);
      const port: FeedPort = {
        onMessage: { addListener: (l) => ends.message.add(l) },
        onDisconnect: { addListener: (l) => ends.disconnect.add(l) },
        disconnect: () => open.delete(ends),
      };
      return port;
    },
  };
  return {
    runtime,
    get connects() {
      return connects;
    },
    get openPorts() {
      return open.size;
    },
    send(message: unknown) {
      for (const ends of open) for (const l of ends.message) l(message);
    },
    broadcast(changes: CookieChange[]) {
      const message: ChangeFeedMessage = { tag: 'cookie-workbench/changes', changes };
      this.send(message);
    },
    /** The service worker stops: every port drops. */
    drop() {
      for (const ends of [...open]) {
        open.delete(ends);
        for (const l of ends.disconnect) l();
      }
    },
  };
}

const batch = [
  { removed: false, cause: 'explicit', time: 1, byExtension: false },
] as unknown as CookieChange[];

describe('createChangeFeedConnection', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('delivers each batch once, to every listener, over one port', () => {
    const fake = fakeRuntime();
    const feed = createChangeFeedConnection(fake.runtime);
    const a = vi.fn();
    const b = vi.fn();
    feed.onChanges(a);
    feed.onChanges(b);
    fake.broadcast(batch);
    expect(fake.openPorts).toBe(1);
    expect(a.mock.calls).toEqual([[batch]]);
    expect(b.mock.calls).toEqual([[batch]]);
  });

  it('after the worker restarts, reconnects once and says changes may have been missed', () => {
    const fake = fakeRuntime();
    const listener = vi.fn();
    createChangeFeedConnection(fake.runtime).onChanges(listener);
    fake.drop();
    expect(fake.openPorts).toBe(0);
    vi.advanceTimersByTime(reconnectDelayMs);
    expect(fake.openPorts).toBe(1);
    expect(listener.mock.calls).toEqual([[[]]]);
    fake.broadcast(batch);
    expect(listener.mock.calls).toEqual([[[]], [batch]]);
  });

  it('a listener added during the reconnect delay does not open a second port', () => {
    const fake = fakeRuntime();
    const feed = createChangeFeedConnection(fake.runtime);
    const first = vi.fn();
    feed.onChanges(first);
    fake.drop();
    const second = vi.fn();
    feed.onChanges(second);
    vi.advanceTimersByTime(reconnectDelayMs * 5);
    expect(fake.openPorts).toBe(1);
    fake.broadcast(batch);
    expect(first.mock.calls.filter(([c]) => c.length > 0)).toEqual([[batch]]);
    expect(second.mock.calls.filter(([c]) => c.length > 0)).toEqual([[batch]]);
  });

  it('does not reconnect when the last listener left during the delay', () => {
    const fake = fakeRuntime();
    const feed = createChangeFeedConnection(fake.runtime);
    const unsubscribe = feed.onChanges(vi.fn());
    fake.drop();
    unsubscribe();
    vi.advanceTimersByTime(reconnectDelayMs * 5);
    expect(fake.openPorts).toBe(0);
    expect(fake.connects).toBe(1);
  });

  it('closes the port when the last listener leaves, and opens one for the next', () => {
    const fake = fakeRuntime();
    const feed = createChangeFeedConnection(fake.runtime);
    feed.onChanges(vi.fn())();
    expect(fake.openPorts).toBe(0);
    const listener = vi.fn();
    feed.onChanges(listener);
    fake.broadcast(batch);
    expect(fake.openPorts).toBe(1);
    expect(listener.mock.calls).toEqual([[batch]]);
  });

  it('ignores messages that are not change batches', () => {
    const fake = fakeRuntime();
    const listener = vi.fn();
    createChangeFeedConnection(fake.runtime).onChanges(listener);
    fake.send('nonsense');
    fake.send({ tag: 'cookie-workbench/changes', changes: 'x' });
    expect(listener).not.toHaveBeenCalled();
  });
});

import { publicSuffixRules } from '../../cookies/cookie-site';
import type { CookieStorePort } from '../../cookies/cookie-store-port';
import type { FakeCookieStore } from '../../cookies/testing/fake-cookie-store';
import { type ActionContext, createActionContext } from '../action-context';
import { JournalStore } from '../journal-store';
import { MemorySessionArea } from './memory-session-area';

/** A context over the fake cookie store and an in-memory session area, at a fixed time. */
export function testContext(
  store: CookieStorePort,
  options: { area?: MemorySessionArea; nowMs?: number } = {},
): ActionContext & { area: MemorySessionArea } {
  const area = options.area ?? new MemorySessionArea();
  const nowMs = options.nowMs ?? 1_800_000_000_000;
  return {
    ...createActionContext({
      port: store,
      journal: new JournalStore(area),
      now: () => nowMs,
      hostRules: publicSuffixRules,
    }),
    area,
  };
}

/**
 * The cookie store as a stopped service worker sees it: after `writes` writes, no call ever
 * returns (the browser stopped running the worker's code), so nothing after it runs either.
 * `stopped` resolves when that happens.
 */
export function dyingPort(
  store: FakeCookieStore,
  writes: number,
): CookieStorePort & { stopped: Promise<void> } {
  let left = writes;
  let stop = () => {};
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });
  const never = <T>() => new Promise<T>(() => {});
  const write = <T>(call: () => Promise<T>): Promise<T> => {
    if (left <= 0) {
      stop();
      return never();
    }
    left--;
    return call();
  };
  return {
    stopped,
    set: (details) => write(() => store.set(details)),
    remove: (details) => write(() => store.remove(details)),
    getAll: (query) => {
      if (left > 0) return store.getAll(query);
      stop();
      return never();
    },
  };
}

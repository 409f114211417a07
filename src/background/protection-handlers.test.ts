import { describe, expect, it } from 'vitest';
import type { Cookie } from '../cookies/cookie';
import { FakeCookieStore, testCookie } from '../cookies/testing/fake-cookie-store';
import { MemorySessionArea } from '../journal/testing/memory-session-area';
import { defaultFixLimits } from '../protection/fix-limiter';
import { createProtection } from './protection-handlers';
import { MemoryRulesArea } from './testing/memory-rules-area';

const nowMs = 1_800_000_000_000;
const sid = testCookie({ name: 'sid', value: 'alice', domain: 'a.test' });
const tracker = testCookie({ name: '_track', value: 'x', domain: '.a.test', hostOnly: false });

function setup(cookies: Cookie[] = [sid]) {
  let clock = nowMs;
  const store = new FakeCookieStore(nowMs / 1000, cookies);
  const rules = new MemoryRulesArea();
  const sessionArea = new MemorySessionArea();
  const make = () =>
    createProtection({
      port: store,
      rules,
      sessionArea,
      storeIds: async () => ['0'],
      now: () => clock,
    });
  return {
    store,
    rules,
    sessionArea,
    protection: make(),
    restart: make,
    tick: (ms: number) => {
      clock += ms;
    },
  };
}

const valueIn = (store: FakeCookieStore, name: string) =>
  store.cookies.find((c) => c.name === name)?.value;

describe('createProtection', () => {
  it('protects a cookie as the browser has it and puts it back after a change or a delete', async () => {
    const { store, protection } = setup();
    await protection.handlers.protectCookie({ cookie: { ...sid, value: 'stale' } });
    const { protect } = await protection.handlers.listProtection({});
    expect(protect.map((r) => r.cookie.value)).toEqual(['alice']);

    const changed = { ...sid, value: 'bob' };
    store.cookies = [changed];
    expect(await protection.onChange({ removed: false, cause: 'explicit', cookie: changed })).toBe(
      'restored',
    );
    expect(valueIn(store, 'sid')).toBe('alice');

    store.cookies = [];
    expect(await protection.onChange({ removed: true, cause: 'explicit', cookie: sid })).toBe(
      'restored',
    );
    expect(valueIn(store, 'sid')).toBe('alice');
    // The restore's own event (the protected state) is left alone.
    expect(
      await protection.onChange({ removed: false, cause: 'explicit', cookie: sid }),
    ).toBeUndefined();
  });

  it('refuses to protect a cookie the browser no longer has', async () => {
    const { protection } = setup([]);
    await expect(protection.handlers.protectCookie({ cookie: sid })).rejects.toThrow(
      /no longer in the browser/,
    );
  });

  it('blocks a name on a domain: removes the cookies there now and any set later', async () => {
    const { store, protection } = setup([sid, tracker]);
    const added = await protection.handlers.addBlockRule({ name: '_track', domain: '*.a.test' });
    expect(added).toEqual({ rule: { name: '_track', domain: '*.a.test' }, removed: 1 });
    expect(store.cookies.map((c) => c.name)).toEqual(['sid']);

    store.cookies.push({ ...tracker });
    expect(await protection.onChange({ removed: false, cause: 'explicit', cookie: tracker })).toBe(
      'blocked',
    );
    expect(store.cookies.map((c) => c.name)).toEqual(['sid']);

    await protection.handlers.removeBlockRule({ name: '_track', domain: '.a.test' });
    expect((await protection.handlers.listProtection({})).block).toEqual([]);
  });

  it('refuses a block rule whose domain is not a domain', async () => {
    const { protection } = setup();
    await expect(
      protection.handlers.addBlockRule({ name: 'x', domain: 'not a domain' }),
    ).rejects.toThrow(/is not a domain/);
  });

  it('gives up on a cookie a site keeps setting, and lists the loop', async () => {
    const { store, protection } = setup();
    await protection.handlers.protectCookie({ cookie: sid });
    const verdicts: (string | undefined)[] = [];
    for (let i = 0; i <= defaultFixLimits.maxFixes; i++) {
      const changed = { ...sid, value: `site${i}` };
      store.cookies = [changed];
      verdicts.push(
        await protection.onChange({ removed: false, cause: 'explicit', cookie: changed }),
      );
    }
    expect(verdicts.at(-1)).toBe('left-looping');
    expect(verdicts.filter((v) => v === 'restored')).toHaveLength(defaultFixLimits.maxFixes);
    const { loops } = await protection.handlers.listProtection({});
    expect(loops).toMatchObject([{ site: 'a.test', changes: defaultFixLimits.maxFixes + 1 }]);
  });

  it('keeps the rules and the loop count across a worker restart', async () => {
    const { store, protection, restart } = setup();
    await protection.handlers.protectCookie({ cookie: sid });
    await protection.handlers.addBlockRule({ name: '_track', domain: 'a.test' });
    const again = restart();
    const state = await again.handlers.listProtection({});
    expect(state.protect).toHaveLength(1);
    expect(state.block).toMatchObject([{ name: '_track', domain: 'a.test' }]);
    const changed = { ...sid, value: 'bob' };
    store.cookies = [changed];
    expect(await again.onChange({ removed: false, cause: 'explicit', cookie: changed })).toBe(
      'restored',
    );
  });

  it('on wake, puts back a protected cookie changed while asleep and removes a blocked one', async () => {
    const { store, protection, restart } = setup([sid]);
    await protection.handlers.protectCookie({ cookie: sid });
    await protection.handlers.addBlockRule({ name: '_track', domain: '*.a.test' });
    await protection.wake();
    store.cookies = [{ ...sid, value: 'bob' }, { ...tracker }];
    await restart().wake();
    expect(store.cookies.map((c) => [c.name, c.value])).toEqual([['sid', 'alice']]);
  });

  it('on the first wake of a browser session, leaves a protected session cookie the browser ended', async () => {
    const { store, protection, sessionArea, restart } = setup([sid]);
    await protection.handlers.protectCookie({ cookie: sid });
    store.cookies = [];
    for (const key of await sessionArea.keys()) await sessionArea.remove([key]);
    await restart().wake();
    expect(store.cookies).toEqual([]);
    // A worker restart within the session does put it back.
    store.cookies = [];
    await restart().wake();
    expect(valueIn(store, 'sid')).toBe('alice');
  });

  it('does not overwrite rules saved by a newer version', async () => {
    const { rules, restart } = setup();
    rules.stored = { version: 99, protect: [], block: [] };
    const protection = restart();
    await expect(protection.handlers.protectCookie({ cookie: sid })).rejects.toThrow(/newer/);
    expect(rules.stored).toEqual({ version: 99, protect: [], block: [] });
  });
});

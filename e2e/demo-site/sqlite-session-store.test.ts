import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { SessionData } from 'express-session';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteSessionStore } from './sqlite-session-store';

function sessionData(
  expires: Date | string | null,
  extra: Record<string, unknown> = {},
): SessionData {
  const cookie = { originalMaxAge: null, expires, path: '/', httpOnly: true };
  return { cookie, ...extra } as unknown as SessionData;
}

const get = (store: SqliteSessionStore, sid: string) =>
  new Promise<SessionData | null | undefined>((resolve, reject) =>
    store.get(sid, (err, session) => (err ? reject(err) : resolve(session))),
  );
const set = (store: SqliteSessionStore, sid: string, session: SessionData) =>
  new Promise<void>((resolve, reject) =>
    store.set(sid, session, (err) => (err ? reject(err) : resolve())),
  );
const length = (store: SqliteSessionStore) =>
  new Promise<number | undefined>((resolve, reject) =>
    store.length((err, count) => (err ? reject(err) : resolve(count))),
  );

describe('SqliteSessionStore', () => {
  let dir: string;
  let file: string;
  let now: number;
  let store: SqliteSessionStore;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sqlite-store-'));
    file = path.join(dir, 'sessions.sqlite');
    now = Date.parse('2030-01-01T00:00:00Z');
    store = new SqliteSessionStore({ file, ttlMs: 60_000, now: () => now });
  });
  afterEach(async () => {
    store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('stores, reads back, counts and destroys a session', async () => {
    await set(store, 'a', sessionData(new Date(now + 3_600_000), { demoData: { color: 'blue' } }));
    expect(await get(store, 'a')).toMatchObject({ demoData: { color: 'blue' } });
    expect(await get(store, 'missing')).toBeNull();
    expect(await length(store)).toBe(1);
    await new Promise<void>((resolve) => store.destroy('a', () => resolve()));
    expect(await get(store, 'a')).toBeNull();
    expect(await length(store)).toBe(0);
  });

  it("expires a session at its cookie's Expires, or after the ttl for a browser-session cookie", async () => {
    await set(store, 'persistent', sessionData(new Date(now + 120_000)));
    await set(store, 'browser-close', sessionData(null));
    now += 61_000;
    expect(await get(store, 'browser-close')).toBeNull();
    expect(await get(store, 'persistent')).not.toBeNull();
    now += 60_000;
    expect(await get(store, 'persistent')).toBeNull();
    expect(await length(store)).toBe(0);
  });

  it('touch moves the expiry forward', async () => {
    await set(store, 'a', sessionData(new Date(now + 10_000)));
    await new Promise<void>((resolve) =>
      store.touch('a', sessionData(new Date(now + 100_000)), () => resolve()),
    );
    now += 50_000;
    expect(await get(store, 'a')).not.toBeNull();
  });

  it('reads an Expires stored as text, as express-session hands it back', async () => {
    await set(store, 'a', sessionData(new Date(now + 10_000).toISOString()));
    now += 11_000;
    expect(await get(store, 'a')).toBeNull();
  });

  it('treats an unreadable row as no session and drops it', async () => {
    const other = new Database(file);
    other
      .prepare('INSERT INTO sessions (sid, data, expires) VALUES (?, ?, ?)')
      .run('bad', '{not json', now + 1000);
    other
      .prepare('INSERT INTO sessions (sid, data, expires) VALUES (?, ?, ?)')
      .run('shape', '[1,2]', now + 1000);
    other.close();
    expect(await get(store, 'bad')).toBeNull();
    expect(await get(store, 'shape')).toBeNull();
    expect(await length(store)).toBe(0);
  });

  it('prunes expired rows and clears everything', async () => {
    await set(store, 'old', sessionData(new Date(now + 1000)));
    await set(store, 'new', sessionData(new Date(now + 100_000)));
    now += 2000;
    expect(store.prune()).toBe(1);
    await new Promise<void>((resolve) => store.clear(() => resolve()));
    expect(await length(store)).toBe(0);
  });

  it('calls back once, outside its own error handling', async () => {
    await set(store, 'a', sessionData(new Date(now + 10_000)));
    let calls = 0;
    expect(() =>
      store.get('a', () => {
        calls += 1;
        throw new Error('thrown by the caller');
      }),
    ).toThrow('thrown by the caller');
    expect(calls).toBe(1);
  });

  it('keeps the data in the file across instances, and close() twice is harmless', async () => {
    await set(store, 'a', sessionData(new Date(now + 10_000), { demoData: { k: 'v' } }));
    store.close();
    store.close();
    store = new SqliteSessionStore({ file, ttlMs: 60_000, now: () => now });
    expect(await get(store, 'a')).toMatchObject({ demoData: { k: 'v' } });
  });
});

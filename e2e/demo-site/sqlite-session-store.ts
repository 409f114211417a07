import Database from 'better-sqlite3';
import session, { type SessionData } from 'express-session';

/**
 * An express-session store over better-sqlite3: the demo's "database" backend (Django's default
 * session engine is the database too).
 *
 * Written here rather than taken from npm because the one package over better-sqlite3,
 * better-sqlite3-session-store 0.1.0, is GPL-3.0-only (copyleft, unlike everything else here),
 * ships no types, pins date-fns 2.16.1 and has three releases; connect-sqlite3 needs the
 * `sqlite3` native module instead. The Store contract is four small methods.
 */
export interface SqliteSessionStoreOptions {
  /** The database file; created with its table when missing. */
  file: string;
  /** Lifetime of a session whose cookie has no expiry (a browser-session cookie), in ms. */
  ttlMs: number;
  /** How often expired rows are deleted, in ms (reads check expiry themselves). */
  pruneIntervalMs?: number;
  /** For tests of expiry. express-session dates cookies with Date.now(), so the site keeps it. */
  now?: () => number;
}

interface SessionRow {
  data: string;
  expires: number;
}

type Callback = (err?: unknown) => void;

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

function attempt<T>(work: () => T): Outcome<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    return { ok: false, error };
  }
}

function isSessionData(value: unknown): value is SessionData {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const cookie: unknown = Reflect.get(value, 'cookie');
  return typeof cookie === 'object' && cookie !== null;
}

export class SqliteSessionStore extends session.Store {
  readonly #db: Database.Database;
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #pruneTimer: NodeJS.Timeout;
  readonly #select: Database.Statement<[string], SessionRow>;
  readonly #upsert: Database.Statement<[string, string, number]>;
  readonly #touch: Database.Statement<[number, string]>;
  readonly #delete: Database.Statement<[string]>;
  readonly #prune: Database.Statement<[number]>;
  readonly #count: Database.Statement<[number], { count: number }>;
  readonly #clear: Database.Statement<[]>;

  constructor(options: SqliteSessionStoreOptions) {
    super();
    this.#ttlMs = options.ttlMs;
    this.#now = options.now ?? Date.now;
    this.#db = new Database(options.file);
    // WAL lets a reader (the extension's tests peeking at the file, say) not block the server.
    this.#db.pragma('journal_mode = WAL');
    this.#db.exec(`CREATE TABLE IF NOT EXISTS sessions (
      sid TEXT PRIMARY KEY,
      data TEXT NOT NULL,
      expires INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS sessions_expires ON sessions (expires);`);
    this.#select = this.#db.prepare<[string], SessionRow>(
      'SELECT data, expires FROM sessions WHERE sid = ?',
    );
    this.#upsert = this.#db.prepare<[string, string, number]>(
      `INSERT INTO sessions (sid, data, expires) VALUES (?, ?, ?)
       ON CONFLICT (sid) DO UPDATE SET data = excluded.data, expires = excluded.expires`,
    );
    this.#touch = this.#db.prepare<[number, string]>(
      'UPDATE sessions SET expires = ? WHERE sid = ?',
    );
    this.#delete = this.#db.prepare<[string]>('DELETE FROM sessions WHERE sid = ?');
    this.#prune = this.#db.prepare<[number]>('DELETE FROM sessions WHERE expires <= ?');
    this.#count = this.#db.prepare<[number], { count: number }>(
      'SELECT count(*) AS count FROM sessions WHERE expires > ?',
    );
    this.#clear = this.#db.prepare<[]>('DELETE FROM sessions');
    this.prune();
    this.#pruneTimer = setInterval(() => this.prune(), options.pruneIntervalMs ?? 10 * 60_000);
    this.#pruneTimer.unref();
  }

  /** The row's expiry: the cookie's own when it has one, else now + ttl. */
  #expiresOf(sess: SessionData): number {
    const expires: unknown = sess.cookie?.expires;
    if (expires instanceof Date || typeof expires === 'string') {
      const time = new Date(expires).getTime();
      if (!Number.isNaN(time)) return time;
    }
    return this.#now() + this.#ttlMs;
  }

  // Each method does its work inside attempt() and calls back outside it: an exception thrown by
  // express-session from within the callback must not be caught here and reported a second time.

  override get(sid: string, callback: (err: unknown, session?: SessionData | null) => void): void {
    const outcome = attempt(() => {
      const row = this.#select.get(sid);
      if (row === undefined) return null;
      let parsed: unknown;
      try {
        parsed = row.expires > this.#now() ? JSON.parse(row.data) : undefined;
      } catch {
        parsed = undefined;
      }
      if (isSessionData(parsed)) return parsed;
      // Expired or unreadable: drop the row, and the visitor starts a fresh session.
      this.#delete.run(sid);
      return null;
    });
    if (outcome.ok) callback(null, outcome.value);
    else callback(outcome.error);
  }

  override set(sid: string, sess: SessionData, callback?: Callback): void {
    const outcome = attempt(() =>
      this.#upsert.run(sid, JSON.stringify(sess), this.#expiresOf(sess)),
    );
    callback?.(outcome.ok ? undefined : outcome.error);
  }

  override touch(sid: string, sess: SessionData, callback?: () => void): void {
    // A failed touch only shortens a session's life; express-session ignores touch errors too.
    attempt(() => this.#touch.run(this.#expiresOf(sess), sid));
    callback?.();
  }

  override destroy(sid: string, callback?: Callback): void {
    const outcome = attempt(() => this.#delete.run(sid));
    callback?.(outcome.ok ? undefined : outcome.error);
  }

  override length(callback: (err: unknown, length?: number) => void): void {
    const outcome = attempt(() => this.#count.get(this.#now())?.count ?? 0);
    if (outcome.ok) callback(null, outcome.value);
    else callback(outcome.error);
  }

  override clear(callback?: Callback): void {
    const outcome = attempt(() => this.#clear.run());
    callback?.(outcome.ok ? undefined : outcome.error);
  }

  /** Deletes expired rows; returns how many went. */
  prune(): number {
    return this.#prune.run(this.#now()).changes;
  }

  close(): void {
    clearInterval(this.#pruneTimer);
    if (this.#db.open) this.#db.close();
  }
}

import { randomBytes } from 'node:crypto';
import path from 'node:path';
import cookieSession from 'cookie-session';
import type { Request, RequestHandler, Response } from 'express';
import session from 'express-session';
import createMemoryStore from 'memorystore';
import createFileStore from 'session-file-store';
import type { DemoConfig, SessionStoreKind } from './demo-options';
import { djangoDeletedCookie } from './django-cookie-headers';
import { cookieWasSent } from './received-cookies';
import { SqliteSessionStore } from './sqlite-session-store';

declare module 'express-session' {
  interface SessionData {
    /** The demo's key/value pairs, kept apart from express-session's own `cookie` field. */
    demoData: Record<string, string>;
    /** When the session was first given data (ms since epoch): it makes the session "saved". */
    startedAt: number;
  }
}

/**
 * One session as the pages see it, whatever the backend: a dict of strings with Django's
 * session methods. The pages are written once against this.
 */
export interface DemoSession {
  /** The session's identity: the id in the cookie, or (cookie backend) an id kept in the data. */
  readonly id: string;
  /** True until the session holds data and so has a cookie. */
  readonly isNew: boolean;
  /** Why this request started a fresh session (garbage or unknown id, tampered cookie...). */
  readonly problems: readonly string[];
  keys(): string[];
  items(): Array<[string, string]>;
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  /** False when there was no such key (Django raises KeyError). */
  delete(key: string): boolean;
  /** Python's dict.setdefault: the existing value, or `value` after storing it. */
  setDefault(key: string, value: string): string;
  /** Removes every key; the session (and its id) stays. */
  clear(): void;
  /**
   * Django's flush(): removes the data and the stored session; the old id is worthless. A new id
   * comes with the next data; with none, `finish` deletes the cookie.
   */
  flush(): Promise<void>;
}

export interface SessionBackend {
  readonly kind: SessionStoreKind;
  readonly cookieName: string;
  /** Where the data lives, in one sentence for the pages. */
  readonly description: string;
  /** Mounted in front of the session pages only. */
  readonly middleware: RequestHandler[];
  open(req: Request): DemoSession;
  /**
   * Django's SessionMiddleware at the end of a request: when the request carried a session
   * cookie and the session is now empty (flushed, cleared, unknown or garbage id), the cookie is
   * deleted and the stored copy dropped. Call it before the response's head is written.
   * True when it deleted the cookie.
   */
  finish(req: Request, res: Response, session: DemoSession): Promise<boolean>;
  close(): Promise<void>;
}

/** Keys that would touch an object's prototype instead of storing a value. */
export function isUsableKey(key: string): boolean {
  return key !== '__proto__';
}

/** Data read back from a store or a cookie is untrusted until it has this shape. */
function isStringRecord(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every((item) => typeof item === 'string');
}

/**
 * The dict operations over a getter and a setter of the data record. Writes always store a new
 * record, which is what marks the session modified for both middlewares.
 */
function dictOperations(
  read: () => Record<string, string>,
  write: (data: Record<string, string>) => void,
): Omit<DemoSession, 'id' | 'isNew' | 'problems' | 'flush'> {
  const has = (key: string) => Object.hasOwn(read(), key);
  const operations = {
    keys: () => Object.keys(read()),
    items: () => Object.entries(read()),
    get: (key: string) => (has(key) ? read()[key] : undefined),
    set: (key: string, value: string) => {
      if (!isUsableKey(key)) throw new Error(`"${key}" cannot be a session key`);
      write({ ...read(), [key]: value });
    },
    delete: (key: string) => {
      if (!has(key)) return false;
      const { [key]: _removed, ...rest } = read();
      write(rest);
      return true;
    },
    setDefault: (key: string, value: string) => {
      const existing = operations.get(key);
      if (existing !== undefined) return existing;
      operations.set(key, value);
      return value;
    },
    clear: () => write({}),
  };
  return operations;
}

function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 12)}…` : id;
}

// ---------------------------------------------------------------------------------------------
// express-session: the cookie holds only a signed id (s:id.signature); the data is on the server.

function storeFor(config: DemoConfig): {
  store: session.Store;
  close: () => void;
  description: string;
} {
  const ageMs = config.sessionCookieAgeSeconds * 1000;
  switch (config.sessionStore) {
    case 'sqlite': {
      const file = path.join(config.dataDir, 'sessions.sqlite');
      const store = new SqliteSessionStore({ file, ttlMs: ageMs });
      return {
        store,
        close: () => store.close(),
        description: `in an SQLite database (${file}), one row per session id`,
      };
    }
    case 'file': {
      const FileStore = createFileStore(session);
      const directory = path.join(config.dataDir, 'sessions');
      const options: createFileStore.Options = {
        path: directory,
        ttl: config.sessionCookieAgeSeconds,
        // A missing file is an unknown id: answer at once rather than retrying for half a second.
        retries: 0,
        logFn: () => {},
      };
      const store = new FileStore(options);
      return {
        store,
        // session-file-store writes its reaping timer back into the options it was given.
        close: () => clearInterval(options.reapIntervalObject),
        description: `in files (${directory}), one JSON file per session id`,
      };
    }
    case 'memory': {
      const MemoryStore = createMemoryStore(session);
      const store = new MemoryStore({ checkPeriod: 10 * 60_000, ttl: ageMs });
      return {
        store,
        close: () => store.stopInterval(),
        description: "in the server's memory (memorystore): a restart forgets every session",
      };
    }
    case 'cookie':
      throw new Error('the cookie backend does not use an express-session store');
  }
}

function expressSessionBackend(config: DemoConfig, secret: string): SessionBackend {
  const cookieName = 'sessionid';
  const { store, close, description } = storeFor(config);
  const cookie: session.CookieOptions = {
    path: '/',
    httpOnly: true,
    // Not Secure: the demo serves one session over both http and https. A real https site sets it.
    secure: false,
    sameSite: 'lax',
  };
  if (!config.sessionExpireAtBrowserClose) cookie.maxAge = config.sessionCookieAgeSeconds * 1000;
  const sessionMiddleware = session({
    name: cookieName,
    secret,
    store,
    cookie,
    resave: false,
    // Like Django: no cookie and no stored row until the session holds something.
    saveUninitialized: false,
  });
  // express-session falls back to cookie-parser's req.cookies[name] and calls .substr on it, but
  // cookie-parser turns a `j:` value into an object: `sessionid=j:{}` would be a 500. Hide such a
  // value from express-session (which then starts a new session) and put it back afterwards for
  // the page's received-cookies table.
  const middleware: RequestHandler = (req, res, next) => {
    const cookies: unknown = req.cookies;
    const value: unknown =
      typeof cookies === 'object' && cookies !== null
        ? Reflect.get(cookies, cookieName)
        : undefined;
    if (value === undefined || typeof value === 'string') return sessionMiddleware(req, res, next);
    Reflect.deleteProperty(req.cookies, cookieName);
    sessionMiddleware(req, res, (error?: unknown) => {
      Reflect.set(req.cookies, cookieName, value);
      next(error);
    });
  };

  const open = (req: Request): DemoSession => {
    const problems: string[] = [];
    // cookie-parser runs first with the same secret, so it has already checked the signature.
    const signed: unknown = Object.hasOwn(req.signedCookies, cookieName)
      ? Reflect.get(req.signedCookies, cookieName)
      : undefined;
    if (signed === false) {
      problems.push(
        'The session cookie is garbage: its signature does not match the id (edited or forged). The server ignores it.',
      );
    } else if (typeof signed === 'string' && signed !== req.sessionID) {
      problems.push(
        `Unknown session id ${shortId(signed)}: the signature is right but no such session is stored (expired, flushed, or forgotten by a restart).`,
      );
    } else if (signed === undefined && cookieWasSent(req, cookieName)) {
      problems.push('The session cookie is garbage: it is not a signed id (s:id.signature).');
    }
    const stored: unknown = req.session.demoData;
    if (stored !== undefined && !isStringRecord(stored)) {
      problems.push('The stored session data was malformed.');
    }
    const isNew = typeof signed !== 'string' || signed !== req.sessionID;
    const read = (): Record<string, string> => {
      // Optional: finish() destroys req.session, and the page still lists the (empty) items.
      const data: unknown = req.session?.demoData;
      return isStringRecord(data) ? data : {};
    };
    const write = (data: Record<string, string>) => {
      req.session.demoData = data;
      req.session.startedAt ??= config.now();
    };
    return {
      // A getter: flush() replaces req.session and its id.
      get id() {
        return req.sessionID;
      },
      isNew,
      problems,
      ...dictOperations(read, write),
      // regenerate() destroys the stored session and starts an empty, unsaved one under a new id.
      flush: () =>
        new Promise<void>((resolve, reject) =>
          req.session.regenerate((err: unknown) => (err ? reject(err) : resolve())),
        ),
    };
  };

  return {
    kind: config.sessionStore,
    cookieName,
    description,
    middleware: [middleware],
    open,
    finish: async (req, res, session) => {
      if (session.keys().length > 0 || !cookieWasSent(req, cookieName)) return false;
      // Drops req.session (so express-session writes no cookie of its own) and the stored row.
      // An id that was never stored, or was flushed, has no row: the file store then reports
      // ENOENT, which changes nothing here, so the outcome of the store call is not awaited.
      req.session.destroy(() => {});
      res.append('Set-Cookie', djangoDeletedCookie(cookieName, 'Lax'));
      return true;
    },
    close: async () => close(),
  };
}

// ---------------------------------------------------------------------------------------------
// cookie-session: the data itself is in the cookie (base64 JSON), signed in a second cookie
// (name.sig). Nothing is stored on the server; Django's signed_cookies engine works the same way.

interface CookieSessionContent {
  sid: string;
  startedAt: number;
  data: Record<string, string>;
}

function newSessionId(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * req.session as cookie-session defines it. Its typings and express-session's both claim
 * req.session; this backend reads it untyped and checks the shape instead.
 */
function cookieSessionObject(req: Request): object | undefined {
  const value: unknown = Reflect.get(req, 'session');
  return typeof value === 'object' && value !== null ? value : undefined;
}

function cookieSessionBackend(config: DemoConfig, secret: string): SessionBackend {
  const cookieName = 'sessiondata';
  const options: CookieSessionInterfaces.CookieSessionOptions = {
    name: cookieName,
    secret,
    path: '/',
    httpOnly: true,
    secure: false,
    sameSite: 'lax',
  };
  if (!config.sessionExpireAtBrowserClose) options.maxAge = config.sessionCookieAgeSeconds * 1000;

  const open = (req: Request): DemoSession => {
    const problems: string[] = [];
    const fresh = (): CookieSessionContent => ({
      sid: newSessionId(),
      startedAt: config.now(),
      data: {},
    });
    const replace = (content: CookieSessionContent) => Reflect.set(req, 'session', content);
    const current = cookieSessionObject(req);
    const isNew = current === undefined || Reflect.get(current, 'isNew') === true;
    const sent = cookieWasSent(req, cookieName) || cookieWasSent(req, `${cookieName}.sig`);
    if (isNew && sent) {
      problems.push(
        'The session cookie was refused: its content or its signature cookie (sessiondata.sig) was altered or is missing.',
      );
    } else if (
      current !== undefined &&
      !isNew &&
      (typeof Reflect.get(current, 'sid') !== 'string' ||
        !isStringRecord(Reflect.get(current, 'data')))
    ) {
      problems.push('The session cookie is signed but its content is not a demo session.');
    }
    const session = () => cookieSessionObject(req);
    // A new visitor's id: made up now, kept if the session gets data (and so a cookie), so the
    // id on the page does not jump at the first write.
    let provisionalId = newSessionId();
    const read = (): Record<string, string> => {
      const data: unknown = Reflect.get(session() ?? {}, 'data');
      return isStringRecord(data) ? data : {};
    };
    const write = (data: Record<string, string>) => {
      const target = session();
      if (target !== undefined && typeof Reflect.get(target, 'sid') === 'string') {
        Reflect.set(target, 'data', data);
      } else {
        replace({ sid: provisionalId, startedAt: config.now(), data });
      }
    };
    return {
      get id() {
        const sid: unknown = Reflect.get(session() ?? {}, 'sid');
        return typeof sid === 'string' ? sid : provisionalId;
      },
      isNew,
      problems,
      ...dictOperations(read, write),
      flush: async () => {
        const content = fresh();
        provisionalId = content.sid;
        replace(content);
      },
    };
  };

  return {
    kind: 'cookie',
    cookieName,
    description: `in the cookie itself (${cookieName}, base64 JSON) signed by ${cookieName}.sig; nothing is stored on the server`,
    middleware: [cookieSession(options)],
    open,
    finish: async (req, _res, session) => {
      const sent = cookieWasSent(req, cookieName) || cookieWasSent(req, `${cookieName}.sig`);
      if (session.keys().length > 0 || !sent) return false;
      // cookie-session then deletes both cookies in its own words (Expires in 1970, no Max-Age).
      Reflect.set(req, 'session', null);
      return true;
    },
    close: async () => {},
  };
}

/** The configured backend; all four give the same DemoSession interface. */
export function createSessionBackend(config: DemoConfig, secret: string): SessionBackend {
  return config.sessionStore === 'cookie'
    ? cookieSessionBackend(config, secret)
    : expressSessionBackend(config, secret);
}

import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The four places express-session/cookie-session can keep session data. */
export const sessionStoreKinds = ['sqlite', 'file', 'cookie', 'memory'] as const;
export type SessionStoreKind = (typeof sessionStoreKinds)[number];

/** Options of `startDemoSite`; every one has a default (see `resolveDemoConfig`). */
export interface DemoSiteOptions {
  /** 0 picks a free port. */
  httpPort?: number;
  /** 0 picks a free port. */
  httpsPort?: number;
  /** Interface to listen on; 127.0.0.1 by default so the demo is never reachable from outside. */
  host?: string;
  sessionStore?: SessionStoreKind;
  /** Holds the SQLite file, the session files and the signing secret. */
  dataDir?: string;
  /** The visit counter counts at most one visit per this many seconds (a day, as in the tutorial). */
  visitIntervalSeconds?: number;
  /** The short login stays valid this many seconds after logging in. */
  loginSeconds?: number;
  /** Django's SESSION_EXPIRE_AT_BROWSER_CLOSE: true gives a session cookie (no Expires). */
  sessionExpireAtBrowserClose?: boolean;
  /** Django's SESSION_COOKIE_AGE: the persistent session cookie's lifetime and the server-side TTL. */
  sessionCookieAgeSeconds?: number;
  /**
   * The clock of the demo's own time logic (visit interval, login window), in ms since the
   * epoch. Tests pass a controllable clock instead of sleeping; the libraries keep Date.now().
   */
  now?: () => number;
}

export interface DemoConfig {
  httpPort: number;
  httpsPort: number;
  host: string;
  sessionStore: SessionStoreKind;
  dataDir: string;
  visitIntervalSeconds: number;
  loginSeconds: number;
  sessionExpireAtBrowserClose: boolean;
  sessionCookieAgeSeconds: number;
  now: () => number;
}

/** `.demo-data` at the repository root (two levels above this folder); it is git-ignored. */
export const defaultDataDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '.demo-data',
);

/** Django's default SESSION_COOKIE_AGE: two weeks. */
export const defaultSessionCookieAgeSeconds = 14 * 24 * 60 * 60;

export function isSessionStoreKind(value: string): value is SessionStoreKind {
  return (sessionStoreKinds as readonly string[]).includes(value);
}

function requirePort(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`${name} must be a port number from 0 to 65535, got ${value}`);
  }
  return value;
}

function requirePositiveSeconds(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number of seconds, got ${value}`);
  }
  return value;
}

/** Fills in defaults and rejects nonsense early, before any port is opened. */
export function resolveDemoConfig(options: DemoSiteOptions = {}): DemoConfig {
  const sessionStore = options.sessionStore ?? 'sqlite';
  if (!isSessionStoreKind(sessionStore)) {
    throw new Error(`sessionStore must be one of ${sessionStoreKinds.join(', ')}`);
  }
  return {
    httpPort: requirePort('httpPort', options.httpPort ?? 8080),
    httpsPort: requirePort('httpsPort', options.httpsPort ?? 8443),
    host: options.host ?? '127.0.0.1',
    sessionStore,
    dataDir: path.resolve(options.dataDir ?? defaultDataDir),
    visitIntervalSeconds: requirePositiveSeconds(
      'visitIntervalSeconds',
      options.visitIntervalSeconds ?? 86400,
    ),
    loginSeconds: requirePositiveSeconds('loginSeconds', options.loginSeconds ?? 10),
    sessionExpireAtBrowserClose: options.sessionExpireAtBrowserClose ?? false,
    sessionCookieAgeSeconds: requirePositiveSeconds(
      'sessionCookieAgeSeconds',
      options.sessionCookieAgeSeconds ?? defaultSessionCookieAgeSeconds,
    ),
    now: options.now ?? Date.now,
  };
}

type Env = Record<string, string | undefined>;

function envNumber(env: Env, name: string): number | undefined {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return undefined;
  // Number('') and Number(' ') are 0 and Number('1e3') is 1000: accept plain decimals only.
  if (!/^\d+(\.\d+)?$/.test(text)) throw new Error(`${name} must be a number, got "${text}"`);
  return Number(text);
}

function envBoolean(env: Env, name: string): boolean | undefined {
  const text = env[name]?.trim().toLowerCase();
  if (text === undefined || text === '') return undefined;
  if (['1', 'true', 'yes'].includes(text)) return true;
  if (['0', 'false', 'no'].includes(text)) return false;
  throw new Error(`${name} must be true or false, got "${text}"`);
}

/**
 * The `npm run demo` settings. Beyond the documented DEMO_* variables, two optional ones set the
 * session cookie mode: DEMO_SESSION_EXPIRE_AT_BROWSER_CLOSE and DEMO_SESSION_COOKIE_AGE_SECONDS.
 */
export function demoOptionsFromEnv(env: Env): DemoSiteOptions {
  const options: DemoSiteOptions = {
    httpPort: envNumber(env, 'DEMO_HTTP_PORT') ?? 8080,
    httpsPort: envNumber(env, 'DEMO_HTTPS_PORT') ?? 8443,
  };
  const store = env.DEMO_SESSION_STORE?.trim();
  if (store !== undefined && store !== '') {
    if (!isSessionStoreKind(store)) {
      throw new Error(
        `DEMO_SESSION_STORE must be one of ${sessionStoreKinds.join(', ')}, got "${store}"`,
      );
    }
    options.sessionStore = store;
  }
  const dataDir = env.DEMO_DATA_DIR?.trim();
  if (dataDir !== undefined && dataDir !== '') options.dataDir = dataDir;
  const visitInterval = envNumber(env, 'DEMO_VISIT_INTERVAL_SECONDS');
  if (visitInterval !== undefined) options.visitIntervalSeconds = visitInterval;
  const loginSeconds = envNumber(env, 'DEMO_LOGIN_SECONDS');
  if (loginSeconds !== undefined) options.loginSeconds = loginSeconds;
  const browserClose = envBoolean(env, 'DEMO_SESSION_EXPIRE_AT_BROWSER_CLOSE');
  if (browserClose !== undefined) options.sessionExpireAtBrowserClose = browserClose;
  const cookieAge = envNumber(env, 'DEMO_SESSION_COOKIE_AGE_SECONDS');
  if (cookieAge !== undefined) options.sessionCookieAgeSeconds = cookieAge;
  return options;
}

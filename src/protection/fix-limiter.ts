/**
 * How often the background puts a cookie back (or removes a blocked one) before it gives up
 * for a while: a site that sets the cookie again on every response would otherwise be fought
 * forever, each fix a write that triggers the next.
 */
export interface FixLimits {
  /** Fixes of one cookie allowed within `windowMs`. */
  maxFixes: number;
  windowMs: number;
  /** Once over the limit, the cookie is left alone this long, then fixed again. */
  pauseMs: number;
}

export const defaultFixLimits: FixLimits = { maxFixes: 5, windowMs: 60_000, pauseMs: 10 * 60_000 };

/** One cookie fought over: what the user is told. */
export interface LoopReport {
  /** The cookie's identity key. */
  key: string;
  /** The site whose cookie it is: the one setting it again. */
  site: string;
  /** The cookie, as `cookieLabel` names it. */
  cookie: string;
  /** Changes within the window when it gave up (the fixes made, and the one refused). */
  changes: number;
  windowMs: number;
  /** Changes left alone since it gave up. */
  ignored: number;
  pausedUntil: number;
}

interface CookieFixes {
  site: string;
  cookie: string;
  /** Times of the fixes within the window, ms. */
  fixes: number[];
  paused?: { at: number; changes: number; ignored: number };
}

/**
 * Plain data, so the background can keep it in `storage.session` across a stopped worker and
 * a loop cannot restart the count by waking it.
 */
export interface FixLimiterState {
  cookies: Record<string, CookieFixes>;
}

export const emptyFixLimiter = (): FixLimiterState => ({ cookies: {} });

export type FixVerdict =
  | { fix: true }
  /** `report`: only when this change made it give up, so the user is told once. */
  | { fix: false; report?: LoopReport };

export interface FixRequest {
  key: string;
  site: string;
  cookie: string;
}

function reportOf(key: string, entry: CookieFixes, limits: FixLimits): LoopReport {
  const paused = entry.paused ?? { at: 0, changes: 0, ignored: 0 };
  return {
    key,
    site: entry.site,
    cookie: entry.cookie,
    changes: paused.changes,
    windowMs: limits.windowMs,
    ignored: paused.ignored,
    pausedUntil: paused.at + limits.pauseMs,
  };
}

/** Drops what no longer counts: fixes out of the window, pauses over. */
function prune(state: FixLimiterState, nowMs: number, limits: FixLimits): FixLimiterState {
  const cookies: Record<string, CookieFixes> = {};
  for (const [key, entry] of Object.entries(state.cookies)) {
    const paused =
      entry.paused && nowMs - entry.paused.at < limits.pauseMs ? entry.paused : undefined;
    const fixes = paused ? entry.fixes : entry.fixes.filter((at) => nowMs - at < limits.windowMs);
    if (!paused && fixes.length === 0) continue;
    cookies[key] = { site: entry.site, cookie: entry.cookie, fixes, ...(paused ? { paused } : {}) };
  }
  return { cookies };
}

/**
 * Whether to fix this cookie now. Pure: the same state, request and time give the same answer,
 * and the state comes back new (the old one is not changed).
 */
export function limitFix(
  state: FixLimiterState,
  request: FixRequest,
  nowMs: number,
  limits: FixLimits = defaultFixLimits,
): { state: FixLimiterState; verdict: FixVerdict } {
  const next = prune(state, nowMs, limits);
  const entry = next.cookies[request.key] ?? {
    site: request.site,
    cookie: request.cookie,
    fixes: [],
  };
  if (entry.paused) {
    const paused = { ...entry.paused, ignored: entry.paused.ignored + 1 };
    next.cookies[request.key] = { ...entry, paused };
    return { state: next, verdict: { fix: false } };
  }
  if (entry.fixes.length >= limits.maxFixes) {
    const paused = { at: nowMs, changes: entry.fixes.length + 1, ignored: 0 };
    const stopped = { ...entry, fixes: [], paused };
    next.cookies[request.key] = stopped;
    return { state: next, verdict: { fix: false, report: reportOf(request.key, stopped, limits) } };
  }
  next.cookies[request.key] = { ...entry, fixes: [...entry.fixes, nowMs] };
  return { state: next, verdict: { fix: true } };
}

/** The cookies it has given up on for now, for the UI to list (site, how often, until when). */
export function pausedLoops(
  state: FixLimiterState,
  nowMs: number,
  limits: FixLimits = defaultFixLimits,
): LoopReport[] {
  return Object.entries(prune(state, nowMs, limits).cookies)
    .filter(([, entry]) => entry.paused)
    .map(([key, entry]) => reportOf(key, entry, limits));
}

import { describe, expect, it } from 'vitest';
import {
  defaultFixLimits,
  emptyFixLimiter,
  type FixLimiterState,
  limitFix,
  pausedLoops,
} from './fix-limiter';

const limits = { maxFixes: 3, windowMs: 60_000, pauseMs: 600_000 };
const sid = { key: 'sid', site: 'a.test', cookie: '"sid" (a.test/)' };
const other = { key: 'theme', site: 'b.test', cookie: '"theme" (b.test/)' };

/** Runs requests at the given times, returning each verdict in short. */
function run(requests: [number, typeof sid][], state: FixLimiterState = emptyFixLimiter()) {
  const verdicts: string[] = [];
  for (const [at, request] of requests) {
    const result = limitFix(state, request, at, limits);
    state = result.state;
    const { verdict } = result;
    verdicts.push(verdict.fix ? 'fix' : verdict.report ? `stop ${verdict.report.changes}` : 'skip');
  }
  return { verdicts, state };
}

describe('limitFix', () => {
  it('fixes up to the limit in a window, then stops once with a report', () => {
    const { verdicts } = run([0, 1, 2, 3, 4].map((at) => [at * 1000, sid]));
    expect(verdicts).toEqual(['fix', 'fix', 'fix', 'stop 4', 'skip']);
  });

  it('counts each cookie apart', () => {
    const { verdicts } = run([
      [0, sid],
      [1, sid],
      [2, sid],
      [3, other],
      [4, sid],
    ]);
    expect(verdicts).toEqual(['fix', 'fix', 'fix', 'fix', 'stop 4']);
  });

  it('forgets fixes older than the window: a cookie fixed now and then is always fixed', () => {
    const { verdicts } = run([0, 30, 61, 92, 123, 154].map((s) => [s * 1000, sid]));
    expect(verdicts.every((v) => v === 'fix')).toBe(true);
  });

  it('fixes again once the pause is over, and lists the paused loops meanwhile', () => {
    const stopped = run([0, 1, 2, 3, 4, 5].map((at) => [at, sid]));
    expect(pausedLoops(stopped.state, 10, limits)).toEqual([
      {
        key: 'sid',
        site: 'a.test',
        cookie: '"sid" (a.test/)',
        changes: 4,
        windowMs: 60_000,
        ignored: 2,
        pausedUntil: 3 + 600_000,
      },
    ]);
    const after = run([[3 + 600_000, sid]], stopped.state);
    expect(after.verdicts).toEqual(['fix']);
    expect(pausedLoops(after.state, 3 + 600_000, limits)).toEqual([]);
  });

  it('is pure: the state given is never changed, and plain data survives JSON', () => {
    const state = emptyFixLimiter();
    const first = limitFix(state, sid, 0, limits);
    expect(state).toEqual(emptyFixLimiter());
    const revived = JSON.parse(JSON.stringify(first.state)) as FixLimiterState;
    expect(limitFix(revived, sid, 1, limits)).toEqual(limitFix(first.state, sid, 1, limits));
  });

  it('drops cookies not fixed within the window, so the state stays small', () => {
    const { state } = run([
      [0, sid],
      [1, other],
      [120_000, sid],
    ]);
    expect(Object.keys(state.cookies)).toEqual(['sid']);
  });

  it('by default allows five fixes a cookie a minute', () => {
    expect(defaultFixLimits).toMatchObject({ maxFixes: 5, windowMs: 60_000 });
  });
});

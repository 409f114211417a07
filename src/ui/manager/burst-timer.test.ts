import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBurstTimer } from './burst-timer';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Triggers at the given times (ms), and returns the times `run` was called. */
function runsFor(triggers: number[], until: number, cancelAt?: number): number[] {
  const start = Date.now();
  const runs: number[] = [];
  const timer = createBurstTimer(() => runs.push(Date.now() - start), {
    quietMs: 50,
    maxWaitMs: 200,
  });
  for (let t = 0; t <= until; t += 10) {
    if (triggers.includes(t)) timer.trigger();
    if (t === cancelAt) timer.cancel();
    vi.advanceTimersByTime(10);
  }
  return runs;
}

describe('createBurstTimer', () => {
  it.each<[string, number[], number[], number?]>([
    ['one trigger runs once, after the quiet time', [0], [50]],
    ['a burst runs once', [0, 10, 20, 30], [80]],
    ['two bursts run twice', [0, 10, 200, 210], [60, 260]],
    // A trigger every 30 ms never leaves 50 ms of quiet: the wait is capped at 200 ms.
    ['a never-ending burst still runs', [0, 30, 60, 90, 120, 150, 180, 210, 240], [200, 290]],
    ['cancel drops the pending run', [0, 10], [], 20],
  ])('%s', (_, triggers, expected, cancelAt) => {
    expect(runsFor(triggers, 400, cancelAt)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { runConcurrently } from './run-concurrently';

describe('runConcurrently', () => {
  it.each([
    [0, 4],
    [3, 4],
    [10, 4],
    [10, 1],
  ])('%i items, at most %i at once, each exactly once', async (count, limit) => {
    const items = Array.from({ length: count }, (_, i) => i);
    let inFlight = 0;
    let peak = 0;
    const done: number[] = [];
    await runConcurrently(items, limit, async (item) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1 + (item % 3)));
      done.push(item);
      inFlight--;
    });
    expect([...done].sort((a, b) => a - b)).toEqual(items);
    expect(peak).toBeLessThanOrEqual(Math.max(limit, 0));
    if (count >= limit) expect(peak).toBe(limit);
  });
});

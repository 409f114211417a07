import { describe, expect, it } from 'vitest';
import { loopText } from './loop-notices';

describe('loopText', () => {
  it('names the site, the cookie, how often and until when', () => {
    const until = new Date(2026, 11, 2, 22, 10).getTime();
    expect(
      loopText({
        key: 'k',
        site: 'a.test',
        cookie: '"sid" (a.test/)',
        changes: 6,
        windowMs: 60_000,
        ignored: 0,
        pausedUntil: until,
      }),
    ).toBe(
      'a.test re-set "sid" (a.test/) 6 times in a minute; Cookie Workbench stopped fighting it and leaves it alone until 22:10.',
    );
  });
});

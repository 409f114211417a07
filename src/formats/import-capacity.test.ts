import { describe, expect, it } from 'vitest';
import { evictionWarnings, importCapacity, tooManyReason } from './import-capacity';

const times = (count: number, site: string) => Array.from({ length: count }, () => site);
const spread = (count: number) => Array.from({ length: count }, (_, i) => `s${i % 100}.test`);

describe('importCapacity: what the browser keeps', () => {
  it('lets an import that fits go ahead without a word', () => {
    const capacity = importCapacity(spread(3000), spread(300));
    expect(tooManyReason(capacity)).toBeUndefined();
    expect(evictionWarnings(capacity)).toEqual([]);
  });

  it('refuses more new cookies than Chrome keeps at all, and says what would happen', () => {
    const capacity = importCapacity(spread(3301), []);
    expect(tooManyReason(capacity)).toMatch(
      /^This would add 3,301 cookies; Chrome keeps at most 3,300 in all\. .*evict.*Nothing is imported/,
    );
    expect(evictionWarnings(capacity)).toEqual([]);
  });

  it('warns, counting the cookies already there, when the total passes 3,300', () => {
    const [warning] = evictionWarnings(importCapacity(spread(3000), spread(500)));
    expect(warning).toBe(
      'With the 500 cookies this browser has, the import makes 3,500: more than the 3,300 Chrome keeps. It will evict (delete) at least 200, the least recently used first, which may sign you out of sites.',
    );
  });

  it('names the sites that pass 180 cookies, existing ones counted', () => {
    const capacity = importCapacity(
      [...times(100, 'a.test'), ...times(200, 'b.test'), ...times(10, 'c.test')],
      [...times(100, 'a.test'), ...times(10, 'c.test')],
    );
    expect(capacity.crowdedSites).toEqual([
      { site: 'a.test', count: 200 },
      { site: 'b.test', count: 200 },
    ]);
    expect(evictionWarnings(capacity)).toEqual([
      '2 sites would hold more than the 180 cookies Chrome keeps per site (a.test: 200, b.test: 200): there it evicts down to 150, the least recently used first.',
    ]);
  });

  it('names three crowded sites and counts the rest', () => {
    const sites = ['a', 'b', 'c', 'd', 'e'].flatMap((s) => times(181, `${s}.test`));
    expect(evictionWarnings(importCapacity(sites, []))).toContainEqual(
      expect.stringContaining('(a.test: 181, b.test: 181, c.test: 181, and 2 more)'),
    );
  });
});

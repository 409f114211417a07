import { chromeCookieLimits } from '../cookies/browser-cookie-limits';

/** What the browser will do with an import for want of room (chromeCookieLimits). */
export interface ImportCapacity {
  /** New cookies (not replacing one of the same identity). */
  adding: number;
  /** Cookies in the store now. */
  present: number;
  /** More new cookies than the browser keeps at all: the import is refused. */
  tooMany: boolean;
  /** Sites that would hold more than the browser keeps per site, the fullest first. */
  crowdedSites: { site: string; count: number }[];
}

function countBy(sites: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const site of sites) counts.set(site, (counts.get(site) ?? 0) + 1);
  return counts;
}

/** `newSites`: the site of each new cookie; `presentSites`: of each cookie in the store now. */
export function importCapacity(
  newSites: readonly string[],
  presentSites: readonly string[],
): ImportCapacity {
  const after = countBy(presentSites);
  for (const [site, count] of countBy(newSites)) after.set(site, (after.get(site) ?? 0) + count);
  const crowdedSites = [...after]
    .filter(([, count]) => count > chromeCookieLimits.perSite)
    .map(([site, count]) => ({ site, count }))
    .sort((a, b) => b.count - a.count || a.site.localeCompare(b.site));
  return {
    adding: newSites.length,
    present: presentSites.length,
    tooMany: newSites.length > chromeCookieLimits.total,
    crowdedSites,
  };
}

const n = (count: number) => count.toLocaleString('en');
const { total, perSite, perSiteEvictsTo } = chromeCookieLimits;

/** Why the import is refused, when it adds more cookies than the browser keeps at all. */
export function tooManyReason(capacity: ImportCapacity): string | undefined {
  if (!capacity.tooMany) return undefined;
  return `This would add ${n(capacity.adding)} cookies; Chrome keeps at most ${n(total)} in all. As the import went on it would evict (delete) cookies, the least recently used first: your own logins and this file's first cookies alike. Nothing is imported: split the file into parts of at most ${n(total)} cookies.`;
}

/**
 * What the browser will evict if the import goes ahead, for the user to accept first; nothing
 * when everything fits.
 */
export function evictionWarnings(capacity: ImportCapacity): string[] {
  if (capacity.tooMany) return [];
  const warnings: string[] = [];
  const after = capacity.present + capacity.adding;
  if (after > total) {
    warnings.push(
      `With the ${n(capacity.present)} cookies this browser has, the import makes ${n(after)}: more than the ${n(total)} Chrome keeps. It will evict (delete) at least ${n(after - total)}, the least recently used first, which may sign you out of sites.`,
    );
  }
  const crowded = capacity.crowdedSites;
  if (crowded.length > 0) {
    const named = crowded
      .slice(0, 3)
      .map((s) => `${s.site}: ${n(s.count)}`)
      .join(', ');
    const more = crowded.length > 3 ? `, and ${n(crowded.length - 3)} more` : '';
    const sites =
      crowded.length === 1 ? '1 site would hold' : `${n(crowded.length)} sites would hold`;
    warnings.push(
      `${sites} more than the ${perSite} cookies Chrome keeps per site (${named}${more}): there it evicts down to ${perSiteEvictsTo}, the least recently used first.`,
    );
  }
  return warnings;
}

import { chromeCookieLimits } from '../cookies/browser-cookie-limits';
import { formatNumber, t, tn } from '../i18n/t';

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

const { total, perSite, perSiteEvictsTo } = chromeCookieLimits;

/** Why the import is refused, when it adds more cookies than the browser keeps at all. */
export function tooManyReason(capacity: ImportCapacity): string | undefined {
  if (!capacity.tooMany) return undefined;
  return t('import_tooMany', capacity.adding, total);
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
    warnings.push(t('import_evictTotal', capacity.present, after, total, after - total));
  }
  const crowded = capacity.crowdedSites;
  if (crowded.length > 0) {
    // `a.test: 190`: a site and its count, as a list of data rather than a sentence.
    const named = crowded
      .slice(0, 3)
      .map((s) => `${s.site}: ${formatNumber(s.count)}`)
      .join(', ');
    const sites =
      crowded.length > 3 ? t('import_crowdedSitesMore', named, crowded.length - 3) : named;
    warnings.push(tn('import_crowdedSites', crowded.length, perSite, sites, perSiteEvictsTo));
  }
  return warnings;
}

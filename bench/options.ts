import { maxCookiesPerSite } from '../src/cookies/validate-cookie';
export const figureNames = ['popup', 'panel', 'size', 'live', 'manager', 'import', 'bulk'] as const;
export type FigureName = (typeof figureNames)[number];

export interface Sizes {
  /** Cookies on the popup's site, one measurement each (Chrome keeps at most 180 a site). */
  popupCookies: number[];
  /** Manager: sites × cookies per site (3,000 = 100 × 30 stays under Chrome's 3,300 in all). */
  managerSites: number;
  managerPerSite: number;
  /** Cookies one page sets in one burst. */
  liveBurst: number;
  /** Bulk delete and import: sites × cookies per site. */
  bulkSites: number;
  bulkPerSite: number;
}

export interface BenchOptions {
  trials: number;
  small: boolean;
  only: Set<FigureName>;
  sizes: Sizes;
  /** Write a Chrome trace of one popup open and one floor open (the third trial, largest list). */
  trace: boolean;
}

export const usage = `npm run bench -- [--trials N] [--small] [--only popup,panel,size,live,manager,import,bulk]

  --trials N   trials per figure (default 15; 3 with --small)
  --small      small sizes and 3 trials, a quick check that the bench still runs (npm test)
  --only LIST  run only these figures
  --trace      also write a Chrome trace of one popup open and one floor open (third trial,
               largest list) to bench-results/trace-popup.json and trace-floor.json: open them
               in DevTools' Performance panel or chrome://tracing`;

const fullSizes: Sizes = {
  popupCookies: [20, maxCookiesPerSite],
  managerSites: 100,
  managerPerSite: 30,
  liveBurst: 100,
  bulkSites: 100,
  bulkPerSite: 30,
};

const smallSizes: Sizes = {
  popupCookies: [5, 20],
  managerSites: 10,
  managerPerSite: 30,
  liveBurst: 20,
  bulkSites: 10,
  bulkPerSite: 30,
};

export function parseOptions(args: string[]): BenchOptions | { help: string } | { error: string } {
  let trials: number | undefined;
  let small = false;
  let trace = false;
  let only = new Set<FigureName>(figureNames);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] = arg.includes('=') ? arg.split('=', 2) : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--help' || flag === '-h') return { help: usage };
    if (flag === '--small') small = true;
    else if (flag === '--trace') trace = true;
    else if (flag === '--trials') {
      trials = Number(value());
      if (!Number.isInteger(trials) || trials < 1)
        return { error: '--trials needs a whole number ≥ 1' };
    } else if (flag === '--only') {
      const names = (value() ?? '').split(',').filter(Boolean);
      const unknown = names.filter((n) => !(figureNames as readonly string[]).includes(n));
      if (names.length === 0 || unknown.length > 0)
        return { error: `--only takes some of ${figureNames.join(',')}; got "${names.join(',')}"` };
      only = new Set(names as FigureName[]);
    } else return { error: `unknown argument "${arg}"\n\n${usage}` };
  }
  return {
    trials: trials ?? (small ? 3 : 15),
    small,
    only,
    sizes: small ? smallSizes : fullSizes,
    trace,
  };
}

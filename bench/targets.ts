import type { BenchOptions } from './options';
import { type FigureRow, percentile } from './stats';

/** One target of issue 17, judged from the figures of this run. */
export interface TargetResult {
  id: string;
  target: string;
  /** What was measured, in words and numbers. */
  measured: string;
  status: 'met' | 'not met' | 'n/a';
  /** For n/a: why. */
  reason?: string;
  /** The number compared with the limit. */
  value?: number;
  limit: number;
}

type Find = (id: string) => FigureRow | undefined;

const x = (v: number) => `${v.toFixed(2)}×`;
const ms = (v: number) => `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ms`;
const kbText = (v: number) => `${v.toFixed(1)} KB`;

function judged(
  base: Pick<TargetResult, 'id' | 'target' | 'limit'>,
  value: number | undefined,
  measured: string,
  missing: string,
): TargetResult {
  if (value === undefined || Number.isNaN(value))
    return { ...base, measured: '', status: 'n/a', reason: missing };
  return { ...base, measured, value, status: value <= base.limit ? 'met' : 'not met' };
}

/** The reason a figure has no value: its own n/a, or that it did not run. */
function whyMissing(find: Find, ...ids: string[]): string {
  for (const id of ids) {
    const row = find(id);
    if (!row) return `${id} not measured (--only?)`;
    if (row.na !== undefined) return `${id}: ${row.na}`;
  }
  return 'a figure it needs has no value';
}

const median = (row: FigureRow | undefined) => row?.stats?.median ?? row?.value;

export function evaluateTargets(figures: FigureRow[], options: BenchOptions): TargetResult[] {
  const find: Find = (id) => figures.find((f) => f.id === id);
  const sizes = options.sizes.popupCookies;
  const big = Math.max(...sizes);
  const small = options.small ? 'small run' : undefined;
  const results: TargetResult[] = [];
  const na = (base: Pick<TargetResult, 'id' | 'target' | 'limit'>, reason: string, measured = '') =>
    results.push({ ...base, measured, status: 'n/a', reason });

  // 1, 2: the popup against the floor page at 180 cookies.
  {
    const base = {
      id: 'popup.total',
      target: '1. popup, 180 cookies, rows in view ≤ 1.2× floor',
      limit: 1.2,
    };
    if (small) na(base, small);
    else {
      const frame = find(`popup.${big}.ratio.frame`)?.value;
      const dom = find(`popup.${big}.ratio.dom`)?.value;
      const ours = median(find(`popup.${big}.ours.frame`));
      const floor = median(find(`popup.${big}.floor.frame`));
      results.push(
        judged(
          base,
          frame,
          `${x(frame ?? 0)} (next frame, ${ms(ours ?? 0)} / ${ms(floor ?? 0)}; DOM ${x(dom ?? 0)})`,
          whyMissing(find, `popup.${big}.ours.frame`, `popup.${big}.floor.frame`),
        ),
      );
    }
  }
  {
    const base = {
      id: 'popup.own',
      target: "2. popup, 180 cookies, own part ≤ 1.5× floor's",
      limit: 1.5,
    };
    if (small) na(base, small);
    else {
      const ratio = find(`popup.${big}.ratio.page`)?.value;
      const ours = median(find(`popup.${big}.ours.page`));
      const floor = median(find(`popup.${big}.floor.page`));
      results.push(
        judged(
          base,
          ratio,
          `${x(ratio ?? 0)} (navigation start → rows in DOM, ${ms(ours ?? 0)} / ${ms(floor ?? 0)})`,
          whyMissing(find, `popup.${big}.ours.page`, `popup.${big}.floor.page`),
        ),
      );
    }
  }
  // 3: JS until the first render, every list length.
  {
    const base = {
      id: 'popup.js',
      target: '3. popup JS until rows ≤ 15 KB gzip, any list length',
      limit: 15,
    };
    const firsts = sizes.map((n) => ({
      n,
      first: find(`popup.${n}.js.first`),
      after: find(`popup.${n}.js.after`),
    }));
    const measured = firsts
      .map(({ n, first, after }) =>
        first?.value === undefined
          ? `${n} cookies: n/a`
          : `${n} cookies: ${kbText(first.value)}${after?.value ? ` (+${kbText(after.value)} after rows)` : ''}`,
      )
      .join('; ');
    const values = firsts.map((f) => f.first?.value);
    const worst = values.some((v) => v === undefined)
      ? undefined
      : Math.max(...(values as number[]));
    if (small) na(base, small, `no long list; ${measured}`);
    else
      results.push(
        judged(base, worst, measured, whyMissing(find, ...sizes.map((n) => `popup.${n}.js.first`))),
      );
  }
  // 4: one round to the background before the rows.
  {
    const base = {
      id: 'popup.rounds',
      target: '4. popup: requests to the background before rows ≤ 1',
      limit: 1,
    };
    const rows = sizes.map((n) => find(`popup.${n}.requests`));
    const maxes = rows.map((r) => r?.stats?.max);
    const worst = maxes.some((v) => v === undefined) ? undefined : Math.max(...(maxes as number[]));
    const first = rows
      .find((r) => r?.note)
      ?.note?.replace(/^messages the service worker received before the rows showed: /, '');
    results.push(
      judged(
        base,
        worst,
        `${worst} at most (${sizes.join(', ')} cookies, every trial): ${first ?? ''}`,
        whyMissing(find, ...sizes.map((n) => `popup.${n}.requests`)),
      ),
    );
  }
  // 5–7: the manager.
  {
    const base = {
      id: 'manager.render',
      target: '5. manager, 3,000 cookies on 100 sites: first render ≤ 300 ms',
      limit: 300,
    };
    const value = median(find('manager.render'));
    if (small)
      na(
        base,
        small,
        value === undefined
          ? ''
          : `${ms(value)} with ${options.sizes.managerSites * options.sizes.managerPerSite} cookies`,
      );
    else
      results.push(
        judged(base, value, `${ms(value ?? 0)} (median)`, whyMissing(find, 'manager.render')),
      );
  }
  {
    const base = {
      id: 'manager.keystroke',
      target: '6. manager: search keystroke p99 ≤ 16 ms',
      limit: 16,
    };
    const values = find('manager.keystroke')?.stats?.values ?? [];
    const p99 = percentile(values, 99);
    if (small) na(base, small);
    else
      results.push(
        judged(
          base,
          p99,
          `${ms(p99 ?? 0)} (p99 of ${values.length} keystrokes; median ${ms(median(find('manager.keystroke')) ?? 0)})`,
          whyMissing(find, 'manager.keystroke'),
        ),
      );
  }
  {
    const base = {
      id: 'manager.history',
      target: '7. manager: history not re-rendered per keystroke (0 mutations)',
      limit: 0,
    };
    const row = find('manager.history.mutations');
    results.push(
      judged(
        base,
        row?.value,
        `${row?.value} mutations (${row?.note ?? ''})`,
        whyMissing(find, 'manager.history.mutations'),
      ),
    );
  }
  // 8: the import preview.
  {
    const base = {
      id: 'import.preview',
      target: '8. import preview, 3,300 cookies ≤ 1 s, no task > 100 ms',
      limit: 1000,
    };
    const time = median(find('import.preview'));
    const task = find('import.longtask')?.stats?.max;
    if (small) na(base, small);
    else if (time === undefined || task === undefined)
      na(base, whyMissing(find, 'import.preview', 'import.longtask'));
    else
      results.push({
        ...base,
        value: time,
        measured: `${ms(time)} (median); longest task ${ms(task)} (worst trial)`,
        status: time <= 1000 && task <= 100 ? 'met' : 'not met',
      });
  }
  // 9: live burst.
  {
    const base = {
      id: 'live.burst',
      target: '9. live burst of 100: ≤ 2 renders, ≤ 1.2× floor page',
      limit: 1.2,
    };
    const renders = find('live.popup.renders')?.stats?.max;
    const ratio = find('live.popup.floor.ratio')?.value;
    if (small) na(base, small);
    else if (renders === undefined || ratio === undefined)
      na(base, whyMissing(find, 'live.popup.renders', 'live.floor.dom', 'live.popup.floor.ratio'));
    else
      results.push({
        ...base,
        value: ratio,
        measured: `${renders} renders at most; ${x(ratio)} (${ms(median(find('live.popup.dom')) ?? 0)} / ${ms(median(find('live.floor.dom')) ?? 0)}, DOM)`,
        status: renders <= 2 && ratio <= 1.2 ? 'met' : 'not met',
      });
  }
  // 10: the real DevTools panel, against the floor panel opened in the same DevTools windows.
  {
    const base = {
      id: 'panel',
      target: "10. DevTools panel, 180 cookies: own part ≤ 1.5× floor panel's",
      limit: 1.5,
    };
    const panel = median(find('panel.page'));
    const floor = median(find('panel.floor.page'));
    const ratio = panel !== undefined && floor ? panel / floor : undefined;
    if (small) na(base, small);
    else
      results.push(
        judged(
          base,
          ratio,
          `${x(ratio ?? 0)} (navigation start → rows ${ms(panel ?? 0)} / floor panel ${ms(floor ?? 0)}; popup floor ${ms(median(find(`popup.${big}.floor.page`)) ?? 0)}; panel selected → rows ${ms(median(find('panel.total')) ?? 0)}; JS until rows ${kbText(find('panel.js.first')?.value ?? 0)}; requests before rows ${find('panel.requests')?.stats?.max ?? 'n/a'})`,
          whyMissing(find, 'panel.page', 'panel.floor.page'),
        ),
      );
  }
  return results;
}

export function targetTable(results: TargetResult[]): string {
  const rows = results.map((r) => [
    r.target,
    r.status === 'n/a' ? `n/a: ${r.reason ?? ''}` : r.status,
    r.measured,
  ]);
  const widths = [0, 1].map((i) => Math.max(...rows.map((row) => (row[i] ?? '').length), 6));
  return rows
    .map((row) =>
      `${(row[0] ?? '').padEnd(widths[0] ?? 0)}  ${(row[1] ?? '').padEnd(widths[1] ?? 0)}  ${row[2] ?? ''}`.trimEnd(),
    )
    .join('\n');
}

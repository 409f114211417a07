/** Median, min and max of a figure's trials. */
export interface Stats {
  median: number;
  min: number;
  max: number;
  n: number;
  values: number[];
}

export function summarize(values: number[]): Stats | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return {
    median,
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    n: values.length,
    values,
  };
}

/** One line of the results: measured trials, a single value, or n/a with the reason. */
export interface FigureRow {
  /** Stable key for the JSON, e.g. `popup.180.ours.dom`. */
  id: string;
  label: string;
  unit: 'ms' | 'renders' | 'ratio' | 'KB' | 'MB' | 'count';
  stats?: Stats;
  /** For a ratio: median of ours / median of the reference. */
  value?: number;
  na?: string;
  note?: string;
  /** Kept in the JSON, left out of the printed table. */
  detail?: boolean;
  /** For a size: the files counted, relative to the build folder. */
  files?: string[];
}

export function statsRow(
  id: string,
  label: string,
  unit: FigureRow['unit'],
  values: number[],
  note?: string,
): FigureRow {
  const stats = summarize(values);
  if (!stats) return { id, label, unit, na: note ?? 'no successful trial' };
  return note === undefined ? { id, label, unit, stats } : { id, label, unit, stats, note };
}

export function ratioRow(
  id: string,
  label: string,
  ours: FigureRow | undefined,
  reference: FigureRow | undefined,
  note?: string,
): FigureRow {
  const a = ours?.stats?.median;
  const b = reference?.stats?.median;
  if (a === undefined || b === undefined || b === 0) {
    return { id, label, unit: 'ratio', na: 'a side of the ratio has no measurement' };
  }
  return { id, label, unit: 'ratio', value: a / b, ...(note === undefined ? {} : { note }) };
}

/** The p-th percentile (0–100) by nearest rank: with fewer than 100 values, p99 is the largest. */
export function percentile(values: number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1];
}

export function naRows(rows: Array<[id: string, label: string]>, reason: string): FigureRow[] {
  return rows.map(([id, label]) => ({ id, label, unit: 'ms', na: reason }));
}

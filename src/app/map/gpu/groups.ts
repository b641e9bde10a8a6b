// Totals per group of events (an H3 cell, an admin-1 area…) for any day range, without a pass over the
// events: each group's start days and end days are kept sorted, with running sums of deaths, so that a
// range [a, b] is two binary searches per group: matches = #(start <= b) − #(end < a), as in
// ./aggregates.ts. A type mask or minimum toll other than "all" falls back to a pass over the group's
// own events (a few hundred at most, typically).
import { UNDATED } from '../../../pipeline/binary/layout.ts';
import { bruteForceRows, type Totals } from './aggregates.ts';
import { ALL_TYPES, type FilterColumns, type GpuFilter } from './filter.ts';

export interface GroupAggregates {
  readonly groups: number;
  query(group: number, filter: GpuFilter): Totals;
  /** Rows of a group's events. */
  rows(group: number): Uint32Array;
}

/** First index in [lo, hi) whose value is > v (values sorted ascending). */
function upperBound(a: Uint16Array, lo: number, hi: number, v: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] ?? 0) <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `groupOf[row]` is the row's group in [0, groups). */
export function buildGroupAggregates(cols: FilterColumns, count: number, groupOf: Uint32Array, groups: number): GroupAggregates {
  const start = new Uint32Array(groups + 1);
  for (let i = 0; i < count; i++) start[(groupOf[i] ?? 0) + 1]! += 1;
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, groups);
  const rows = new Uint32Array(count);
  for (let i = 0; i < count; i++) rows[fill[groupOf[i] ?? 0]!++] = i;
  // Per group: dated rows' start days sorted (with running deaths), end days sorted likewise.
  const datedEnd = new Uint32Array(groups);
  const starts = new Uint16Array(count);
  const ends = new Uint16Array(count);
  const deathsByStart = new Float64Array(count + groups);
  const deathsByEnd = new Float64Array(count + groups);
  const undatedDeaths = new Float64Array(groups);
  const dead = (i: number): number => Math.max(0, cols.toll[i] ?? 0);
  for (let g = 0; g < groups; g++) {
    const mine = Array.from(rows.subarray(start[g], start[g + 1]));
    const dated = mine.filter((i) => cols.dayStart[i] !== UNDATED);
    for (const i of mine) if (cols.dayStart[i] === UNDATED) undatedDeaths[g]! += dead(i);
    datedEnd[g] = start[g]! + dated.length;
    const put = (key: Uint16Array | Uint8Array, into: Uint16Array, sums: Float64Array): void => {
      const sorted = [...dated].sort((a, b) => (key[a] ?? 0) - (key[b] ?? 0));
      let s = 0;
      sums[start[g]! + g] = 0;
      sorted.forEach((i, k) => {
        into[start[g]! + k] = key[i] ?? 0;
        s += dead(i);
        sums[start[g]! + g + k + 1] = s;
      });
    };
    put(cols.dayStart, starts, deathsByStart);
    put(cols.dayEnd, ends, deathsByEnd);
  }
  return {
    groups,
    rows: (g) => rows.subarray(start[g], start[g + 1]),
    query(g, f) {
      const lo = start[g] ?? 0;
      const hi = start[g + 1] ?? 0;
      if (f.typeMask !== ALL_TYPES || f.minToll > 0) return bruteForceRows(cols, rows.subarray(lo, hi), hi - lo, f);
      const dHi = datedEnd[g] ?? lo;
      if (f.range === null) return { events: hi - lo, fatalities: (deathsByStart[dHi + g] ?? 0) + (undatedDeaths[g] ?? 0) };
      if (f.range.end < f.range.start) return { events: 0, fatalities: 0 };
      const upTo = upperBound(starts, lo, dHi, f.range.end);
      const before = upperBound(ends, lo, dHi, f.range.start - 1);
      return {
        events: upTo - before,
        fatalities: (deathsByStart[upTo + g] ?? 0) - (deathsByEnd[before + g] ?? 0),
      };
    },
  };
}

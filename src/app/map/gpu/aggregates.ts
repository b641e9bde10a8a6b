// Per-day totals as prefix sums, so that the count line and the toll for any brushed range cost a few
// dozen array reads, never a pass over the events. An event overlaps [a, b] unless it starts after b or
// ends before a (never both, as start <= end), so matches = #(start <= b) - #(end < a): two cumulative
// histograms (of start days and of end days) per event type and toll class give any range, type mask
// and minimum toll among TOLL_LEVELS exactly. Other minimum tolls fall back to a pass.
import { UNDATED } from '../../../pipeline/binary/layout.ts';
import { matchesFilter, typeSlot, type FilterColumns, type GpuFilter } from './filter.ts';

/** Minimum tolls answered from prefix sums; the toll class of an event is how many of them (> 0) it reaches. */
export const TOLL_LEVELS = [0, 1, 10, 100, 1000] as const;
const SLOTS = 7;
const CLASSES = TOLL_LEVELS.length;

export interface Totals {
  events: number;
  /** Sum of drawn tolls (events without a toll count 0). */
  fatalities: number;
}

export interface DayAggregates {
  dayCount: number;
  query(f: GpuFilter): Totals;
  /** Events and deaths on each day (an event counts on every day of its span), for the timeline. */
  perDay(f: Pick<GpuFilter, 'typeMask' | 'minToll'>): { events: Float64Array; fatalities: Float64Array };
}

export function tollClass(toll: number): number {
  let c = 0;
  for (let k = 1; k < CLASSES; k++) if (toll >= (TOLL_LEVELS[k] ?? Infinity)) c = k;
  return c;
}

export function buildAggregates(cols: FilterColumns, count: number, dayCount: number): DayAggregates {
  const W = dayCount + 1;
  // [slot][class][series][day]: series 0 start counts, 1 end counts, 2 start deaths, 3 end deaths.
  const cum = new Float64Array(SLOTS * CLASSES * 4 * W);
  const undated = new Float64Array(SLOTS * CLASSES * 2);
  const base = (slot: number, cls: number, series: number): number => ((slot * CLASSES + cls) * 4 + series) * W;
  for (let i = 0; i < count; i++) {
    const toll = cols.toll[i] ?? -1;
    const dead = toll > 0 ? toll : 0;
    const slot = typeSlot(cols.type[i] ?? 255);
    const cls = tollClass(toll);
    const s = cols.dayStart[i] ?? UNDATED;
    if (s === UNDATED) {
      const u = (slot * CLASSES + cls) * 2;
      undated[u] = (undated[u] ?? 0) + 1;
      undated[u + 1] = (undated[u + 1] ?? 0) + dead;
      continue;
    }
    const e = cols.dayEnd[i] ?? s;
    // Histogram at index day + 1: after the running sum, cum[d] counts days < d.
    cum[base(slot, cls, 0) + s + 1]! += 1;
    cum[base(slot, cls, 1) + e + 1]! += 1;
    cum[base(slot, cls, 2) + s + 1]! += dead;
    cum[base(slot, cls, 3) + e + 1]! += dead;
  }
  for (let row = 0; row < SLOTS * CLASSES * 4; row++) {
    const o = row * W;
    for (let d = 1; d < W; d++) cum[o + d]! += cum[o + d - 1]!;
  }
  const clamp = (d: number): number => Math.max(0, Math.min(W - 1, d));

  function query(f: GpuFilter): Totals {
    const minClass = f.minToll <= 0 ? 0 : (TOLL_LEVELS as readonly number[]).indexOf(f.minToll);
    if (minClass < 0) return bruteForce(cols, count, f);
    let events = 0;
    let fatalities = 0;
    for (let slot = 0; slot < SLOTS; slot++) {
      if (!((f.typeMask >> slot) & 1)) continue;
      for (let cls = minClass; cls < CLASSES; cls++) {
        if (f.range === null) {
          events += cum[base(slot, cls, 0) + W - 1]! + undated[(slot * CLASSES + cls) * 2]!;
          fatalities += cum[base(slot, cls, 2) + W - 1]! + undated[(slot * CLASSES + cls) * 2 + 1]!;
          continue;
        }
        const upTo = clamp(f.range.end + 1);
        const before = clamp(f.range.start);
        if (f.range.end < f.range.start) continue;
        events += cum[base(slot, cls, 0) + upTo]! - cum[base(slot, cls, 1) + before]!;
        fatalities += cum[base(slot, cls, 2) + upTo]! - cum[base(slot, cls, 3) + before]!;
      }
    }
    return { events, fatalities };
  }

  function perDay(f: Pick<GpuFilter, 'typeMask' | 'minToll'>): { events: Float64Array; fatalities: Float64Array } {
    const events = new Float64Array(dayCount);
    const fatalities = new Float64Array(dayCount);
    const minClass = f.minToll <= 0 ? 0 : Math.max(0, (TOLL_LEVELS as readonly number[]).indexOf(f.minToll));
    for (let slot = 0; slot < SLOTS; slot++) {
      if (!((f.typeMask >> slot) & 1)) continue;
      for (let cls = minClass; cls < CLASSES; cls++) {
        const s0 = base(slot, cls, 0);
        const e0 = base(slot, cls, 1);
        const s2 = base(slot, cls, 2);
        const e2 = base(slot, cls, 3);
        // Active on day d: started on or before d, not ended before d.
        for (let d = 0; d < dayCount; d++) {
          events[d]! += cum[s0 + d + 1]! - cum[e0 + d]!;
          fatalities[d]! += cum[s2 + d + 1]! - cum[e2 + d]!;
        }
      }
    }
    return { events, fatalities };
  }

  return { dayCount, query, perDay };
}

/** The same totals by a pass over every event: the reference the prefix sums are tested against. */
export function bruteForce(cols: FilterColumns, count: number, f: GpuFilter): Totals {
  return bruteForceRows(cols, null, count, f);
}

/** Totals by a pass over the first `count` of `rows` (rows 0…count−1 when null). */
export function bruteForceRows(cols: FilterColumns, rows: ArrayLike<number> | null, count: number, f: GpuFilter): Totals {
  let events = 0;
  let fatalities = 0;
  for (let k = 0; k < count; k++) {
    const i = rows ? (rows[k] ?? 0) : k;
    if (!matchesFilter(cols, i, f)) continue;
    events++;
    const t = cols.toll[i] ?? -1;
    if (t > 0) fatalities += t;
  }
  return { events, fatalities };
}

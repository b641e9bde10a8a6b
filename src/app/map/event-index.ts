// The filtered index of the events: what the count line, the table, the exports, the host API and the
// GPU layer read instead of filtering features one by one. The features' dates, types, tolls, precision
// and confidence are typed-array columns (row i = features[i]); a filter setting gives a row mask (cached
// while the filters stay the same), and a date range is then one pass over the columns. It is the rule of
// state/filters.ts and state/range.ts (tested against them), with the actor and outlet texts matched on
// the keys the map uses (actorsKey, outletsKey), built on first use.
import type { EventFeature } from '../../shared/schema.ts';
import { tollValue } from '../overlays/format.ts';
import { actorsKey, LOW_CONFIDENCE, outletsKey, sameFilters, type Filters } from '../state/filters.ts';
import { eventSpan, type DateRange } from '../state/range.ts';

export const NO_DAY = -1;

/** Days since 1970-01-01 of an ISO day (the binary layout's rule, without importing it into the main chunk). */
export function epochDay(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);
}

/** Lower and upper bounds summed; `open` when one has no upper bound, `any` when one gave a toll. */
export interface TollSum {
  low: number;
  high: number;
  open: boolean;
  any: boolean;
}

/** The events a state shows: a row mask, the rows in order, and the toll sums of the count line. */
export interface Selection {
  /** 1 where the row is shown. */
  mask: Uint8Array;
  rows: Uint32Array;
  count: number;
  /** Sums of lower and upper bounds over the shown events that are not aggregates; `open` when one has no upper bound. */
  toll: TollSum;
  /** The same sums over the shown country-wide totals (`aggregate`), which overlap the located events. */
  totals: TollSum;
  /** The shown features, in input order (built on each call: for exports and the host API). */
  features(): EventFeature[];
}

export interface EventIndex {
  readonly features: readonly EventFeature[];
  readonly count: number;
  /** Days since 1970 of each event's first and last day; NO_DAY when undated. */
  readonly dayStart: Int32Array;
  readonly dayEnd: Int32Array;
  /** The drawn toll (best, else low, else high), -1 when none. */
  readonly toll: Float32Array;
  /** Row of an event id. */
  rowOf(id: string): number | undefined;
  /** Rows passing every filter but the dates (1 = passes); the same array while the filters stay equal. */
  filterMask(filters: Filters): Uint8Array;
  select(range: DateRange | null, filters: Filters): Selection;
}

export function buildEventIndex(features: readonly EventFeature[]): EventIndex {
  const n = features.length;
  const dayStart = new Int32Array(n);
  const dayEnd = new Int32Array(n);
  const toll = new Float32Array(n);
  // Each event's type as a small code (its place in `typeNames`): a filter setting is a table of codes.
  const typeCode = new Uint8Array(n);
  const typeNames: string[] = [];
  const codeOf = new Map<string, number>();
  const precise = new Uint8Array(n);
  const confident = new Uint8Array(n);
  // Count line: lower and upper bounds (NaN upper = open), 0 for events without a toll; aggregates apart.
  const aggregate = new Uint8Array(n);
  const low = new Float64Array(n);
  const high = new Float64Array(n);
  const rows = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const f = features[i]!;
    const p = f.properties;
    const span = eventSpan(f);
    dayStart[i] = span ? epochDay(span.start) : NO_DAY;
    dayEnd[i] = span ? epochDay(span.end) : NO_DAY;
    toll[i] = tollValue(p.fatalities) ?? -1;
    let code = codeOf.get(p.event_type);
    if (code === undefined) {
      code = typeNames.push(p.event_type) - 1;
      codeOf.set(p.event_type, code);
    }
    typeCode[i] = code;
    precise[i] = p.geo_precision === 'place' ? 1 : 0;
    confident[i] = p.confidence >= LOW_CONFIDENCE ? 1 : 0;
    const t = p.fatalities;
    aggregate[i] = p.aggregate ? 1 : 0;
    if (t) {
      const lo = t.low ?? t.best ?? 0;
      const hi = t.high ?? t.best ?? t.low;
      if (lo || hi) {
        low[i] = lo;
        high[i] = hi === null || t.high === null ? Number.NaN : hi;
      }
    }
    rows.set(p.id, i);
  }
  let actors: string[] | null = null;
  let outlets: string[] | null = null;
  let cached: { filters: Filters; mask: Uint8Array } | null = null;

  function filterMask(x: Filters): Uint8Array {
    if (cached && sameFilters(cached.filters, x)) return cached.mask;
    const mask = new Uint8Array(n);
    // Hoisted out of the loop over rows, which is then typed-array reads only (but for the two texts).
    const typeOk = new Uint8Array(typeNames.length).fill(x.types ? 0 : 1);
    for (const t of x.types ?? []) {
      const code = codeOf.get(t);
      if (code !== undefined) typeOk[code] = 1;
    }
    // A toll of -1 (none) is below any minimum over 0, as 0 would be.
    const min = x.minKilled > 0 ? x.minKilled : Number.NEGATIVE_INFINITY;
    const wantPrecise = x.precise;
    const wantConfident = x.confident;
    const needle = x.actor.replace(/\s+/g, ' ').trim().toLowerCase();
    const actorKeys = needle ? (actors ??= features.map(actorsKey)) : null;
    const outletKeys = x.outlet !== null ? (outlets ??= features.map(outletsKey)) : null;
    const outlet = x.outlet === null ? '' : `\n${x.outlet}\n`;
    for (let i = 0; i < n; i++) {
      if (typeOk[typeCode[i]!] === 0 || toll[i]! < min) continue;
      if ((wantPrecise && precise[i] === 0) || (wantConfident && confident[i] === 0)) continue;
      if (actorKeys && !actorKeys[i]!.includes(needle)) continue;
      if (outletKeys && !outletKeys[i]!.includes(outlet)) continue;
      mask[i] = 1;
    }
    cached = { filters: x, mask };
    return mask;
  }

  function select(range: DateRange | null, filters: Filters): Selection {
    const base = filterMask(filters);
    // No range: every day passes (an undated event too, whose days are NO_DAY).
    const a = range ? epochDay(range.start) : Number.NEGATIVE_INFINITY;
    const b = range ? epochDay(range.end) : Number.POSITIVE_INFINITY;
    const dated = range !== null;
    const mask = new Uint8Array(n);
    const out = new Uint32Array(n);
    let count = 0;
    const sums = [emptySum(), emptySum()];
    for (let i = 0; i < n; i++) {
      if (base[i] === 0) continue;
      const d = dayStart[i]!;
      if (dated && (d === NO_DAY || d > b || dayEnd[i]! < a)) continue;
      mask[i] = 1;
      out[count++] = i;
      const l = low[i]!;
      const h = high[i]!;
      if (l === 0 && h === 0) continue;
      const sum = sums[aggregate[i]!]!;
      sum.any = true;
      sum.low += l;
      if (Number.isNaN(h)) sum.open = true;
      else sum.high += h;
    }
    const shownRows = out.subarray(0, count);
    return {
      mask,
      rows: shownRows,
      count,
      toll: closeSum(sums[0]!),
      totals: closeSum(sums[1]!),
      features: () => Array.from(shownRows, (i) => features[i]!),
    };
  }

  return { features, count: n, dayStart, dayEnd, toll, rowOf: (id) => rows.get(id), filterMask, select };
}

function emptySum(): TollSum {
  return { low: 0, high: 0, open: false, any: false };
}

/** An open sum's upper bound is its lower one (the text says "at least"). */
function closeSum(s: TollSum): TollSum {
  return s.open ? { ...s, high: s.low } : s;
}

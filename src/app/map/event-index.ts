// The filtered index of the events: what the count line, the table, the exports, the host API, the
// timeline and the GPU layer read instead of filtering features one by one. Every event is a row of
// typed-array columns (dates, type, toll, precision, confidence, position) and of dictionary codes for its
// actors and outlets; a filter setting gives a row mask (cached while the filters stay the same), and a
// date range is then one pass over the columns. It is the rule of state/filters.ts and state/range.ts
// (tested against them), the actor and outlet texts matched once per dictionary entry on the keys the map
// uses (actorsKey, outletsKey). Built from features (GeoJSON, ./features-index.ts) or from the binary
// file's columns without a feature per event (./binary-index.ts); `feature(row)` gives one row's event.
import type { EventFeature } from '../../shared/schema.ts';
import { sameFilters, type Filters } from '../state/filters.ts';
import type { DateRange } from '../state/range.ts';

export const NO_DAY = -1;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO day (the binary layout's rule, without importing it into the main chunk). */
export function epochDay(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY);
}

export const isoDay = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

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
  /** The shown features, in row order (built on each call: for exports and the host API). */
  features(): EventFeature[];
}

/** Codes into a dictionary of texts, one a row: many rows may share an entry. */
export interface Coded {
  code: ArrayLike<number>;
  keys: readonly string[];
}

/** The columns an index is made of (row i = event i). */
export interface IndexColumns {
  count: number;
  /** Days since 1970 of each event's first and last day; NO_DAY when undated. */
  dayStart: Int32Array;
  dayEnd: Int32Array;
  /** The drawn toll (best, else low, else high), -1 when none. */
  toll: Float32Array;
  /** Each event's type as a small code, its place in `typeNames`. */
  typeCode: Uint8Array;
  typeNames: readonly string[];
  /** 1 where the event is placed at a town (geo_precision 'place'). */
  precise: Uint8Array;
  /** 1 where the event is placed at a whole country (geo_precision 'country'). */
  countryWide: Uint8Array;
  /** 1 where confidence ≥ LOW_CONFIDENCE. */
  confident: Uint8Array;
  /** 1 where the event is a country-wide total (`aggregate`), an unverified claim (`claim`). */
  aggregate: Uint8Array;
  claim: Uint8Array;
  /** Count line: lower and upper toll bounds (NaN upper = open), 0 for events without a toll; aggregates are summed apart. */
  low: Float64Array;
  high: Float64Array;
  lon: ArrayLike<number>;
  lat: ArrayLike<number>;
  /** actorsKey / outletsKey of each row, coded; asked for on the first filter that needs them. */
  people(): Coded;
  outlets(): Coded;
  idOf(row: number): string;
}

export interface EventIndex extends Omit<IndexColumns, 'people' | 'outlets'> {
  /** All events as features: GeoJSON input's own; for a binary file built on first use (a cold path). */
  readonly features: readonly EventFeature[];
  /** Features standing for every type, claim flag and outlet present (the legend's and the filter bar's choices):
   * GeoJSON input's own features; for a binary file one per type and per outlet of its dictionaries. */
  sample(): readonly EventFeature[];
  /** One row's event (for a binary file: without its sources' sentences). */
  feature(row: number): EventFeature;
  /** One row's full event, sources included (fetched for a binary file); null when it cannot be had. */
  details(row: number): Promise<EventFeature | null>;
  /** Row of an event id. */
  rowOf(id: string): number | undefined;
  /** The first and last day any dated event covers; null when none is dated. */
  readonly extent: DateRange | null;
  readonly undated: number;
  readonly maxToll: number;
  /** Rows passing every filter but the dates (1 = passes); the same array while the filters stay equal. */
  filterMask(filters: Filters): Uint8Array;
  select(range: DateRange | null, filters: Filters): Selection;
}

export interface RowAccess {
  features(): readonly EventFeature[];
  sample(): readonly EventFeature[];
  feature(row: number): EventFeature;
  details(row: number): Promise<EventFeature | null>;
}

/** Which dictionary entries contain `needle` (1 = yes). */
function entriesWith(keys: readonly string[], needle: string): Uint8Array {
  const ok = new Uint8Array(keys.length);
  for (let k = 0; k < keys.length; k++) if (keys[k]!.includes(needle)) ok[k] = 1;
  return ok;
}

export function indexFromColumns(c: IndexColumns, access: RowAccess): EventIndex {
  const n = c.count;
  const { dayStart, dayEnd, toll, typeCode, typeNames, precise, confident, low, high } = c;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  let undated = 0;
  let maxToll = 0;
  for (let i = 0; i < n; i++) {
    const d = dayStart[i]!;
    if (d === NO_DAY) undated++;
    else {
      if (d < first) first = d;
      if (dayEnd[i]! > last) last = dayEnd[i]!;
    }
    if (toll[i]! > maxToll) maxToll = toll[i]!;
  }
  const codeOf = new Map(typeNames.map((t, k) => [t, k]));
  let people: Coded | null = null;
  let outlets: Coded | null = null;
  let rows: Map<string, number> | null = null;
  let all: readonly EventFeature[] | null = null;
  let cached: { filters: Filters; mask: Uint8Array } | null = null;

  function filterMask(x: Filters): Uint8Array {
    if (cached && sameFilters(cached.filters, x)) return cached.mask;
    const mask = new Uint8Array(n);
    // Hoisted out of the loop over rows, which is then typed-array reads only.
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
    const actorCodes = needle ? (people ??= c.people()) : null;
    const actorOk = actorCodes ? entriesWith(actorCodes.keys, needle) : null;
    const outletCodes = x.outlet !== null ? (outlets ??= c.outlets()) : null;
    const outletOk = outletCodes ? entriesWith(outletCodes.keys, `\n${x.outlet}\n`) : null;
    for (let i = 0; i < n; i++) {
      if (typeOk[typeCode[i]!] === 0 || toll[i]! < min) continue;
      if ((wantPrecise && precise[i] === 0) || (wantConfident && confident[i] === 0)) continue;
      if (actorOk && actorOk[actorCodes!.code[i]!] === 0) continue;
      if (outletOk && outletOk[outletCodes!.code[i]!] === 0) continue;
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
    const { aggregate } = c;
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
      features: () => Array.from(shownRows, (i) => access.feature(i)),
    };
  }

  const { people: _p, outlets: _o, ...columns } = c;
  return {
    ...columns,
    get features() {
      return (all ??= access.features());
    },
    feature: access.feature,
    sample: access.sample,
    details: access.details,
    rowOf(id) {
      if (!rows) {
        rows = new Map();
        for (let i = 0; i < n; i++) rows.set(c.idOf(i), i);
      }
      return rows.get(id);
    },
    extent: first <= last ? { start: isoDay(first), end: isoDay(last) } : null,
    undated,
    maxToll,
    filterMask,
    select,
  };
}

function emptySum(): TollSum {
  return { low: 0, high: 0, open: false, any: false };
}

/** An open sum's upper bound is its lower one (the text says "at least"). */
function closeSum(s: TollSum): TollSum {
  return s.open ? { ...s, high: s.low } : s;
}

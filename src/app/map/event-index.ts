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
import { dateList, dateOrder, rangeRows, type DateOrder, type RangeRows, type ShownList } from './date-list.ts';
import { buildDaySums, type DaySums } from './day-sums.ts';

export const NO_DAY = -1;
/** Filter settings whose masks are kept. */
const KEEP_MASKS = 4;
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
  /** Whether a row is shown (without the mask's pass). */
  has(row: number): boolean;
  /** The shown rows in the table's date order (first day, then id), each found when asked for. */
  inDateOrder(): ShownList;
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
  /** The rows in the table's date order, when the file gives it (else sorted on first use). */
  byDate?: Uint32Array;
  /** actorsKey / outletsKey of each row, coded; asked for on the first filter that needs them (the index's own are made once). */
  people(): Coded;
  outlets(): Coded;
  idOf(row: number): string;
}

export interface EventIndex extends IndexColumns {
  /** All events as features: GeoJSON input's own; for a binary file built on first use (a cold path). */
  readonly features: readonly EventFeature[];
  /** Features standing for every type, claim flag and outlet present (the legend's and the filter bar's choices):
   * GeoJSON input's own features; for a binary file one per type and per outlet of its dictionaries. */
  sample(): readonly EventFeature[];
  /** One row's event (for a binary file: without its sources' sentences). */
  feature(row: number): EventFeature;
  /** One row's full event, sources included (fetched for a binary file); null when it cannot be had. */
  details(row: number): Promise<EventFeature | null>;
  /** Some rows' full events, sources included, handed over in batches (for a binary file, one a metadata
   * chunk, in the file's order, each chunk fetched once); resolves when every row has been handed over. */
  eachDetails(rows: ArrayLike<number>, batch: (events: EventFeature[]) => void): Promise<void>;
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
  /** See EventIndex; by default the rows' `feature`s (which hold their sources), in batches. */
  eachDetails?(rows: ArrayLike<number>, batch: (events: EventFeature[]) => void): Promise<void>;
}

/** Rows handed over at once by the default eachDetails. */
const DETAIL_BATCH = 5000;

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
  /** The masks of the last few filter settings (a setting switched back and forth is not computed again). */
  const cached: Array<{ filters: Filters; mask: Uint8Array }> = [];
  const totals = new WeakMap<Uint8Array, Shown>();
  const totalsOf = (mask: Uint8Array): Shown => totals.get(mask)!;
  /** The range a new mask's pass summed too (the one of the filter change that made it). */
  const rangeTotals = new WeakMap<Uint8Array, { a: number; b: number; shown: Shown }>();

  /** The mask of a filter setting; a new one's pass also sums its events of all dates and, given one, of a range [ra, rb]. */
  function filterMask(x: Filters, ra = Number.NEGATIVE_INFINITY, rb = Number.NEGATIVE_INFINITY): Uint8Array {
    const hit = cached.findIndex((e) => sameFilters(e.filters, x));
    if (hit >= 0) {
      const [e] = cached.splice(hit, 1);
      cached.unshift(e!);
      return e!.mask;
    }
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
    // The count line of all dates comes out of the same pass: [low, high, open, any] of each lane.
    let count = 0;
    const q = new Float64Array(8);
    let inRange = 0;
    const r = new Float64Array(8);
    const ranged = rb >= ra;
    const { aggregate } = c;
    for (let i = 0; i < n; i++) {
      if (typeOk[typeCode[i]!] === 0 || toll[i]! < min) continue;
      if ((wantPrecise && precise[i] === 0) || (wantConfident && confident[i] === 0)) continue;
      if (actorOk && actorOk[actorCodes!.code[i]!] === 0) continue;
      if (outletOk && outletOk[outletCodes!.code[i]!] === 0) continue;
      mask[i] = 1;
      count++;
      const d = dayStart[i]!;
      const counted = ranged && d !== NO_DAY && d <= rb && dayEnd[i]! >= ra;
      if (counted) inRange++;
      const l = low[i]!;
      const h = high[i]!;
      if (l === 0 && h === 0) continue;
      const at = aggregate[i]! * 4;
      q[at]! += l;
      if (h !== h) q[at + 2] = 1;
      else q[at + 1]! += h;
      q[at + 3] = 1;
      if (!counted) continue;
      r[at]! += l;
      if (h !== h) r[at + 2] = 1;
      else r[at + 1]! += h;
      r[at + 3] = 1;
    }
    totals.set(mask, { count, ...lanes(q) });
    if (ranged) rangeTotals.set(mask, { a: ra, b: rb, shown: { count: inRange, ...lanes(r) } });
    cached.unshift({ filters: x, mask });
    if (cached.length > KEEP_MASKS) cached.pop();
    return mask;
  }

  /** The rows in date order (the file's, else sorted here on first use). */
  let byDate: DateOrder | null = null;
  const dates = (): DateOrder => (byDate ??= dateOrder(c.byDate ?? sortByDate(c), dayStart, dayEnd));
  /** Per filter setting: its day sums (./day-sums.ts), made after the first range asked for under it. */
  const perMask = new WeakMap<Uint8Array, { sums?: DaySums; queued?: boolean }>();
  const extras = (mask: Uint8Array): { sums?: DaySums; queued?: boolean } => {
    let e = perMask.get(mask);
    if (!e) perMask.set(mask, (e = {}));
    return e;
  };
  /** The count and tolls of some rows, by one pass over them. */
  const sumRows = (rows: readonly number[], from: number, to: number, mask: Uint8Array, order: Uint32Array): Shown => {
    // [low, high, open, any] of each lane, as in filterMask.
    const q = new Float64Array(8);
    const { aggregate } = c;
    let count = rows.length;
    const m = rows.length;
    for (let k = 0; k < m + to - from; k++) {
      let i: number;
      if (k < m) i = rows[k]!;
      else {
        i = order[from + k - m]!;
        if (mask[i] === 0) continue;
        count++;
      }
      const l = low[i]!;
      const h = high[i]!;
      if (l === 0 && h === 0) continue;
      const at = aggregate[i]! * 4;
      q[at]! += l;
      if (h !== h) q[at + 2] = 1;
      else q[at + 1]! += h;
      q[at + 3] = 1;
    }
    return { count, ...lanes(q) };
  };

  /**
   * The count and the count line's tolls: for all dates, and for the range of the change that made a new
   * filter setting, the sums of the setting's own pass; for another range, the setting's day sums (a few
   * subtractions; built just after the change that made the setting, off the change itself), or until then
   * the rows starting in it (a block of the date order) and those reaching into it.
   * The row mask and the rows (exports, the host API) are one pass, made when first asked for; the table's
   * rows in date order come from ./date-list.ts. A brush or a filter change thus costs no pass over all rows
   * but the filter's own.
   */
  function select(range: DateRange | null, filters: Filters): Selection {
    // No range: every day passes (an undated event too, whose days are NO_DAY).
    const a = range ? epochDay(range.start) : Number.NEGATIVE_INFINITY;
    const b = range ? epochDay(range.end) : Number.POSITIVE_INFINITY;
    const base = range ? filterMask(filters, a, b) : filterMask(filters);
    const x = extras(base);
    const summed = rangeTotals.get(base);
    const dated = range !== null;
    let at: RangeRows | null = null;
    const where = (): RangeRows => (at ??= rangeRows(dates(), base, dayEnd, range && { a, b }));
    let shownBy: Shown;
    if (!range) shownBy = totalsOf(base);
    else if (x.sums) shownBy = x.sums.query(a, b);
    else if (summed && summed.a === a && summed.b === b) shownBy = summed.shown;
    else {
      const w = where();
      shownBy = sumRows(w.before, w.lo, w.hi, base, dates().order);
    }
    // A new filter setting's day sums are built just after the change that made it, for the brushes to come.
    if (!x.sums && !x.queued) {
      x.queued = true;
      setTimeout(() => (x.sums ??= buildDaySums(c, base, first, last)), 0);
    }
    const has = (i: number): boolean => {
      if (base[i] === 0) return false;
      const d = dayStart[i]!;
      return !(dated && (d === NO_DAY || d > b || dayEnd[i]! < a));
    };
    let pass: { mask: Uint8Array; rows: Uint32Array } | null = null;
    const full = (): { mask: Uint8Array; rows: Uint32Array } => {
      if (pass) return pass;
      const mask = new Uint8Array(n);
      const out = new Uint32Array(shownBy.count);
      let k = 0;
      for (let i = 0; i < n; i++) {
        if (!has(i)) continue;
        mask[i] = 1;
        out[k++] = i;
      }
      return (pass = { mask, rows: out.subarray(0, k) });
    };
    return {
      get mask() {
        return full().mask;
      },
      get rows() {
        return full().rows;
      },
      count: shownBy.count,
      toll: shownBy.toll,
      totals: shownBy.totals,
      has,
      inDateOrder: () => {
        const w = where();
        return dateList(dates(), base, w, shownBy.count - w.before.length);
      },
      features: () => Array.from(full().rows, (i) => access.feature(i)),
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
    eachDetails:
      access.eachDetails ??
      (async (rows, batch) => {
        for (let k = 0; k < rows.length; k += DETAIL_BATCH) {
          const out: EventFeature[] = [];
          for (let j = k; j < Math.min(rows.length, k + DETAIL_BATCH); j++) out.push(access.feature(rows[j]!));
          batch(out);
        }
      }),
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
    people: () => (people ??= c.people()),
    outlets: () => (outlets ??= c.outlets()),
    select,
  };
}

/** Rows by first day (undated last), then id: the table's date order (../ui/table-order.ts). */
export function sortByDate(c: Pick<IndexColumns, 'count' | 'dayStart' | 'idOf'>): Uint32Array {
  const n = c.count;
  const ids = Array.from({ length: n }, (_, r) => c.idOf(r));
  const key = new Float64Array(n);
  for (let r = 0; r < n; r++) key[r] = c.dayStart[r] === NO_DAY ? Number.MAX_VALUE : c.dayStart[r]!;
  const rows = new Uint32Array(n);
  for (let r = 0; r < n; r++) rows[r] = r;
  return rows.sort((a, b) => key[a]! - key[b]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
}

interface Shown {
  count: number;
  toll: TollSum;
  totals: TollSum;
}

/** An open sum's upper bound is its lower one (the text says "at least"). */
function closeSum(s: TollSum): TollSum {
  return s.open ? { ...s, high: s.low } : s;
}

/** The two lanes' sums of [low, high, open, any] × 2 (located events, then country-wide totals). */
function lanes(q: Float64Array): { toll: TollSum; totals: TollSum } {
  const lane = (at: number): TollSum => closeSum({ low: q[at]!, high: q[at + 1]!, open: q[at + 2] === 1, any: q[at + 3] === 1 });
  return { toll: lane(0), totals: lane(4) };
}

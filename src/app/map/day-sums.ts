// Per-day prefix sums of one filter setting's events (./event-index.ts): how many events start and end
// on or before each day, and their toll bounds, so that a date range's count and count-line tolls are a
// few subtractions, not a pass over the rows. An event overlaps [a, b] when it starts on or before b and
// does not end before a; as no event ends before it starts, those that end before a are among those that
// start on or before b, so the range holds S(b) − E(a − 1) of them (S, E: starts, ends up to a day).
// Tolls are whole numbers of people, so their sums subtract exactly.
import { NO_DAY, type TollSum } from './event-index.ts';

/** Lanes: 0 the located events, 1 the country-wide totals (`aggregate`). Quantities per lane. */
const LOW = 0;
const HIGH = 1;
const OPEN = 2;
const ANY = 3;
const Q = 4;

export interface DaySums {
  /** The events of a range of days (since 1970, inclusive) and their toll sums; null range = all, undated too. */
  query(a: number, b: number): { count: number; toll: TollSum; totals: TollSum };
  all(): { count: number; toll: TollSum; totals: TollSum };
}

export interface DaySumColumns {
  count: number;
  dayStart: Int32Array;
  dayEnd: Int32Array;
  low: Float64Array;
  high: Float64Array;
  aggregate: Uint8Array;
}

export function buildDaySums(c: DaySumColumns, mask: Uint8Array, first: number, last: number): DaySums {
  const days = Math.max(0, last - first + 1);
  // Index 0 is "before the first day"; day d sits at d − first + 1.
  const startN = new Float64Array(days + 1);
  const endN = new Float64Array(days + 1);
  const startQ = new Float64Array((days + 1) * 2 * Q);
  const endQ = new Float64Array((days + 1) * 2 * Q);
  const total = { count: 0, q: new Float64Array(2 * Q) };
  const { dayStart, dayEnd, low, high, aggregate } = c;
  for (let i = 0; i < c.count; i++) {
    if (mask[i] === 0) continue;
    total.count++;
    const l = low[i]!;
    const h = high[i]!;
    const toll = l !== 0 || h !== 0;
    const lane = aggregate[i]! * Q;
    if (toll) add(total.q, lane, l, h);
    const d = dayStart[i]!;
    if (d === NO_DAY) continue;
    const s = d - first + 1;
    const e = dayEnd[i]! - first + 1;
    startN[s]!++;
    endN[e]!++;
    if (toll) {
      add(startQ, s * 2 * Q + lane, l, h);
      add(endQ, e * 2 * Q + lane, l, h);
    }
  }
  for (let k = 1; k <= days; k++) {
    startN[k]! += startN[k - 1]!;
    endN[k]! += endN[k - 1]!;
    for (let j = 0; j < 2 * Q; j++) {
      startQ[k * 2 * Q + j]! += startQ[(k - 1) * 2 * Q + j]!;
      endQ[k * 2 * Q + j]! += endQ[(k - 1) * 2 * Q + j]!;
    }
  }
  const at = (d: number): number => Math.max(0, Math.min(days, d - first + 1));
  const sum = (q: ArrayLike<number>, base: number, minus: ArrayLike<number> | null, mBase: number): TollSum => {
    const v = (j: number): number => q[base + j]! - (minus ? minus[mBase + j]! : 0);
    const lo = v(LOW);
    const open = v(OPEN) > 0;
    return { low: lo, high: open ? lo : v(HIGH), open, any: v(ANY) > 0 };
  };
  return {
    query(a, b) {
      if (b < a) return { count: 0, toll: empty(), totals: empty() };
      const sb = at(b);
      const ea = at(a - 1);
      return {
        count: startN[sb]! - endN[ea]!,
        toll: sum(startQ, sb * 2 * Q, endQ, ea * 2 * Q),
        totals: sum(startQ, sb * 2 * Q + Q, endQ, ea * 2 * Q + Q),
      };
    },
    all: () => ({ count: total.count, toll: sum(total.q, 0, null, 0), totals: sum(total.q, Q, null, 0) }),
  };
}

function add(q: Float64Array, at: number, l: number, h: number): void {
  q[at + LOW]! += l;
  if (Number.isNaN(h)) q[at + OPEN]!++;
  else q[at + HIGH]! += h;
  q[at + ANY]!++;
}

const empty = (): TollSum => ({ low: 0, high: 0, open: false, any: false });

// The shown events in the table's date order (first day, then id) without a pass over all rows: the rows
// in that order once (`order`), and per filter setting how many of the first j of them it keeps (`kept`).
// A range's events are then those that start inside it, one block of the order found by binary search,
// after those that start before it and reach into it: the short spans (at most LONG days) among the
// rows starting up to LONG days before (from their own list: an event of one day never reaches into a
// later range, and most events are of one day), the few long ones from theirs. Row k of the list is
// found by binary search over `kept`, so the table's work follows the rows it draws.
import { NO_DAY } from './event-index.ts';

/** Longer spans are listed apart (few events are reported over more than a month). */
const LONG = 31;
const UNDATED_KEY = 2 ** 31 - 1;

export interface ShownList {
  readonly length: number;
  /** The row at place k (0 ≤ k < length). */
  at(k: number): number;
}

export interface DateOrder {
  /** Rows in date order (undated last). */
  order: Uint32Array;
  /** The first day of order[j] (UNDATED_KEY when undated), ascending. */
  day: Int32Array;
  /** Places j whose event spans more than LONG days, ascending. */
  long: Uint32Array;
  /** Places j whose event spans 1 to LONG days after its first, ascending. */
  short: Uint32Array;
}

export function dateOrder(order: Uint32Array, dayStart: Int32Array, dayEnd: Int32Array): DateOrder {
  const n = order.length;
  const day = new Int32Array(n);
  const long: number[] = [];
  const short: number[] = [];
  for (let j = 0; j < n; j++) {
    const r = order[j]!;
    day[j] = dayStart[r] === NO_DAY ? UNDATED_KEY : dayStart[r]!;
    if (dayStart[r] === NO_DAY) continue;
    const span = dayEnd[r]! - dayStart[r]!;
    if (span > LONG) long.push(j);
    else if (span > 0) short.push(j);
  }
  return { order, day, long: Uint32Array.from(long), short: Uint32Array.from(short) };
}

/** First place whose day is ≥ d. */
function lowerBound(day: ArrayLike<number>, d: number): number {
  let lo = 0;
  let hi = day.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (day[mid]! < d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where a range's rows are in the order: those starting before it that reach into it, then the block [lo, hi). */
export interface RangeRows {
  before: number[];
  lo: number;
  hi: number;
}

/** The rows the mask keeps that start before [a, b] and reach into it, and the block of those starting inside (null = all). */
export function rangeRows(o: DateOrder, mask: Uint8Array, dayEnd: Int32Array, range: { a: number; b: number } | null): RangeRows {
  if (!range) return { before: [], lo: 0, hi: o.order.length };
  if (range.b < range.a) return { before: [], lo: 0, hi: 0 };
  const lo = lowerBound(o.day, range.a);
  const hi = lowerBound(o.day, range.b + 1);
  const before: number[] = [];
  const scan = lowerBound(o.day, range.a - LONG);
  const take = (j: number): void => {
    const r = o.order[j]!;
    if (mask[r] && dayEnd[r]! >= range.a) before.push(r);
  };
  let l = 0;
  for (; l < o.long.length && o.long[l]! < scan; l++) take(o.long[l]!);
  // From `scan` on, the spans of both lists in date order (a merge: one-day events cannot reach into the range).
  let s = lowerBound(o.short, scan);
  while (true) {
    const js = s < o.short.length && o.short[s]! < lo ? o.short[s]! : lo;
    const jl = l < o.long.length && o.long[l]! < lo ? o.long[l]! : lo;
    if (js === lo && jl === lo) break;
    if (js < jl) {
      take(js);
      s++;
    } else {
      take(jl);
      l++;
    }
  }
  return { before, lo, hi };
}

/**
 * The rows the mask keeps that overlap a range, in date order; `inside` is how many of them start inside it.
 * Row k is found by scanning the block from its start once (the places found are kept), so the table's first
 * rows cost as many steps as it draws.
 */
export function dateList(o: DateOrder, mask: Uint8Array, at: RangeRows, inside: number): ShownList {
  const { before, lo, hi } = at;
  const found: number[] = [];
  let cursor = lo;
  return {
    length: before.length + inside,
    at(k) {
      if (k < before.length) return before[k]!;
      const want = k - before.length;
      while (found.length <= want && cursor < hi) {
        const r = o.order[cursor++]!;
        if (mask[r]) found.push(r);
      }
      return found[want] ?? 0;
    },
  };
}

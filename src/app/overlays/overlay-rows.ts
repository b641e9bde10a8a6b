// The aggregate overlays' events as index rows (../map/event-index.ts), not features: which shown rows an
// overlay sums and which it lists apart (the rule of ./overlay-events.ts, read from the index's columns),
// their totals from the toll column, and the few rows the "reported apart" panel lists, so that a million
// events are binned without a feature built for each. Only the listed rows become features.
import type { EventFeature } from '../../shared/schema.ts';
import type { EventIndex } from '../map/event-index.ts';
import type { AggregateOverlay, Totals } from './overlay-events.ts';

export type OverlayColumns = Pick<EventIndex, 'aggregate' | 'countryWide' | 'precise' | 'toll'>;

export interface RowSplit {
  /** Rows the overlay adds up. */
  summed: Uint32Array;
  /** Rows it lists apart (country-wide, totals, and province-wide for the point overlays). */
  apart: Uint32Array;
}

/** The shown rows split as splitForOverlay splits features (isSummed, from the columns). */
export function splitRows(c: OverlayColumns, rows: ArrayLike<number>, overlay: AggregateOverlay): RowSplit {
  const summed = new Uint32Array(rows.length);
  const apart = new Uint32Array(rows.length);
  let s = 0;
  let a = 0;
  const needPlace = overlay !== 'regions';
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    const left = c.aggregate[r] === 1 || c.countryWide[r] === 1 || (needPlace && c.precise[r] === 0);
    if (left) apart[a++] = r;
    else summed[s++] = r;
  }
  return { summed: summed.subarray(0, s), apart: apart.subarray(0, a) };
}

/** Adds a row to totals, as addTo adds a feature (a toll of -1 is a report that gives none). */
export function addRow(t: Totals, c: Pick<OverlayColumns, 'toll'>, r: number): void {
  const toll = c.toll[r]!;
  t.reports += 1;
  if (toll < 0) t.untolled += 1;
  else t.deaths += toll;
}

/** The rows the panel lists: the `max` largest tolls (no toll last), in that order, ties by row; one pass. */
export function largestTolls(c: Pick<OverlayColumns, 'toll'>, rows: ArrayLike<number>, max: number): number[] {
  const top: number[] = [];
  const before = (a: number, b: number): boolean => c.toll[a]! > c.toll[b]! || (c.toll[a] === c.toll[b] && a < b);
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    if (top.length === max && !before(r, top[max - 1]!)) continue;
    let at = top.length === max ? max - 1 : top.length;
    if (top.length < max) top.push(r);
    while (at > 0 && before(r, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = r;
  }
  return top;
}

/** What the "reported apart" panel shows of some rows: the listed events, how many there are, whether any is country-wide. */
export interface ApartList {
  listed: EventFeature[];
  count: number;
  countryWide: boolean;
}

export function apartList(index: OverlayColumns & Pick<EventIndex, 'feature'>, apart: ArrayLike<number>, max: number): ApartList {
  let countryWide = false;
  for (let k = 0; k < apart.length && !countryWide; k++) countryWide = index.countryWide[apart[k]!] === 1;
  return { listed: largestTolls(index, apart, max).map((r) => index.feature(r)), count: apart.length, countryWide };
}

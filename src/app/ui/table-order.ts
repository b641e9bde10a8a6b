// The table's sort orders over all events, each computed once (a permutation of rows), so that the rows a
// brush shows come out sorted by one pass over the permutation instead of a sort of the shown events.
// Ties fall back to date, then id, so the order never depends on input order.
import type { EventFeature } from '../../shared/schema.ts';

export type SortKey = 'date' | 'place' | 'type' | 'killed';
export interface Sort {
  key: SortKey;
  descending: boolean;
}

const toll = (f: EventFeature): number => f.properties.fatalities?.best ?? f.properties.fatalities?.low ?? -1;
export const SORT_VALUE: Record<SortKey, (f: EventFeature) => string | number> = {
  date: (f) => f.properties.date_start ?? '9999',
  place: (f) => f.properties.place.name.toLowerCase(),
  type: (f) => f.properties.event_type,
  killed: toll,
};

const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/** Rows 0…n−1 of `features` in table order. */
export function sortRows(features: readonly EventFeature[], sort: Sort): Uint32Array {
  const n = features.length;
  const v = features.map(SORT_VALUE[sort.key]);
  const date = sort.key === 'date' ? v : features.map(SORT_VALUE.date);
  const id = features.map((f) => f.properties.id);
  const dir = sort.descending ? -1 : 1;
  const rows = Array.from({ length: n }, (_, i) => i);
  rows.sort((a, b) => dir * cmp(v[a]!, v[b]!) || cmp(date[a]!, date[b]!) || cmp(id[a]!, id[b]!));
  return Uint32Array.from(rows);
}

/** Events in table order (a copy; the input is not changed). */
export function sortEvents(features: readonly EventFeature[], sort: Sort): EventFeature[] {
  return Array.from(sortRows(features, sort), (i) => features[i]!);
}

/** Caches each order of one set of features. */
export function tableOrders(features: readonly EventFeature[]): (sort: Sort) => Uint32Array {
  const cache = new Map<string, Uint32Array>();
  return (sort) => {
    const key = `${sort.key}:${sort.descending}`;
    let rows = cache.get(key);
    if (!rows) cache.set(key, (rows = sortRows(features, sort)));
    return rows;
  };
}

/** The shown rows (mask 1) in the order's sequence. */
export function shownInOrder(order: Uint32Array, mask: Uint8Array, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let k = 0;
  for (let j = 0; j < order.length && k < count; j++) {
    const r = order[j]!;
    if (mask[r]) out[k++] = r;
  }
  return out.subarray(0, k);
}

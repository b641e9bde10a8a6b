// The table's sort orders over an index (./event-index.ts), the rule of ../ui/table-order.ts (ties by
// date, then id), read from the columns where they hold the value: the date order (the table's first) is
// one sort of row numbers by day and id, with no feature built; the place, type and toll orders read
// each row's event, once, when the reader first asks for them.
import { SORT_VALUE, type Sort } from '../ui/table-order.ts';
import { NO_DAY, type EventIndex } from './event-index.ts';

const UNDATED_KEY = 2 ** 31;

export function indexOrders(index: Pick<EventIndex, 'count' | 'dayStart' | 'idOf' | 'feature'>): (sort: Sort) => Uint32Array {
  const cache = new Map<string, Uint32Array>();
  let ids: string[] | null = null;
  let days: Float64Array | null = null;
  const sortRows = (sort: Sort): Uint32Array => {
    const n = index.count;
    ids ??= Array.from({ length: n }, (_, r) => index.idOf(r));
    if (!days) {
      days = new Float64Array(n);
      for (let r = 0; r < n; r++) days[r] = index.dayStart[r] === NO_DAY ? UNDATED_KEY : index.dayStart[r]!;
    }
    const id = ids;
    const day = days;
    const dir = sort.descending ? -1 : 1;
    const byId = (a: number, b: number): number => (id[a]! < id[b]! ? -1 : id[a]! > id[b]! ? 1 : 0);
    const rows = new Uint32Array(n);
    for (let r = 0; r < n; r++) rows[r] = r;
    if (sort.key === 'date') return rows.sort((a, b) => dir * (day[a]! - day[b]!) || byId(a, b));
    const value = SORT_VALUE[sort.key];
    const v = Array.from({ length: n }, (_, r) => value(index.feature(r)));
    const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);
    return rows.sort((a, b) => dir * cmp(v[a]!, v[b]!) || day[a]! - day[b]! || byId(a, b));
  };
  return (sort) => {
    const key = `${sort.key}:${sort.descending}`;
    let rows = cache.get(key);
    if (!rows) cache.set(key, (rows = sortRows(sort)));
    return rows;
  };
}

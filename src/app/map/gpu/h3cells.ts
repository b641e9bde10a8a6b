// Groups the events by H3 cell (h3-js) for the per-cell totals of ./groups.ts. The cells are computed
// in slices, yielding between them, after the first frame: a million take about a second.
import { latLngToCell } from 'h3-js';
import type { GpuEvents } from './data.ts';
import { buildGroupAggregates, type GroupAggregates } from './groups.ts';

export interface CellAggregates extends GroupAggregates {
  resolution: number;
  /** H3 index of each group. */
  cells: string[];
  /** The group of an H3 index, -1 when no event falls in it. */
  groupOf(cell: string): number;
}

const pause = (): Promise<void> => new Promise((ok) => setTimeout(ok, 0));

export async function buildCellAggregates(ev: GpuEvents, resolution = 4, slice = 50_000): Promise<CellAggregates> {
  const index = new Map<string, number>();
  const cells: string[] = [];
  const group = new Uint32Array(ev.count);
  for (let from = 0; from < ev.count; from += slice) {
    const to = Math.min(ev.count, from + slice);
    for (let i = from; i < to; i++) {
      const cell = latLngToCell(ev.lat[i] ?? 0, ev.lon[i] ?? 0, resolution);
      let g = index.get(cell);
      if (g === undefined) {
        g = cells.length;
        index.set(cell, g);
        cells.push(cell);
      }
      group[i] = g;
    }
    if (to < ev.count) await pause();
  }
  const agg = buildGroupAggregates(ev, ev.count, group, cells.length);
  return { ...agg, query: agg.query, rows: agg.rows, groups: agg.groups, resolution, cells, groupOf: (cell) => index.get(cell) ?? -1 };
}

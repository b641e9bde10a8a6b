// Exact picking on the CPU: a flat grid over the events' Mercator positions (CSR: each cell's events
// are a slice of one Uint32Array). A query visits the cells within the largest marker's reach, keeps
// the events whose drawn circle holds the point and that pass the same filter as the shader, and picks
// like the plain map does: the most precise place first, then the smallest toll (drawn on top).
import { geoPrecisionOf } from '../../../pipeline/binary/layout.ts';
import type { GpuEvents } from './data.ts';
import { matchesFilter, type GpuFilter } from './filter.ts';
import { markerRadius, MAX_MARKER_RADIUS } from './radius.ts';

export interface PickIndex {
  /** Row of the event drawn under Mercator (x, y) for a world `worldSize` pixels wide; -1 when none. */
  pick(x: number, y: number, worldSize: number, filter: GpuFilter, scale: number, dense?: boolean, keep?: Uint8Array | null): number;
  /** Rows of every event whose circle holds the point (and, given the layer's keep mask, that it keeps). */
  hits(x: number, y: number, worldSize: number, filter: GpuFilter, scale: number, dense?: boolean, keep?: Uint8Array | null): number[];
}

type PickColumns = Pick<GpuEvents, 'count' | 'mx' | 'my' | 'toll' | 'dayStart' | 'dayEnd' | 'type' | 'bits'>;

export function buildPickIndex(ev: PickColumns, cells = 512): PickIndex {
  const n = ev.count;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = ev.mx[i] ?? 0;
    const y = ev.my[i] ?? 0;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  const size = Math.max(x1 - x0, y1 - y0, 1e-9) * (1 + 1e-9);
  const G = cells;
  const cellOf = (v: number, o: number): number => Math.max(0, Math.min(G - 1, Math.floor(((v - o) / size) * G)));
  const start = new Uint32Array(G * G + 1);
  const cell = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const c = cellOf(ev.my[i] ?? 0, y0) * G + cellOf(ev.mx[i] ?? 0, x0);
    cell[i] = c;
    start[c + 1]! += 1;
  }
  for (let c = 0; c < G * G; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, G * G);
  const items = new Uint32Array(n);
  for (let i = 0; i < n; i++) items[fill[cell[i]!]!++] = i;

  function hits(x: number, y: number, worldSize: number, filter: GpuFilter, scale: number, dense = false, keep: Uint8Array | null = null): number[] {
    const out: number[] = [];
    if (n === 0) return out;
    const reach = (MAX_MARKER_RADIUS + 2) / worldSize;
    const cx0 = cellOf(x - reach, x0);
    const cx1 = cellOf(x + reach, x0);
    const cy0 = cellOf(y - reach, y0);
    const cy1 = cellOf(y + reach, y0);
    if (x + reach < x0 || x - reach > x0 + size || y + reach < y0 || y - reach > y0 + size) return out;
    const cols = { dayStart: ev.dayStart, dayEnd: ev.dayEnd, type: ev.type, toll: ev.toll };
    for (let cy = cy0; cy <= cy1; cy++)
      for (let cx = cx0; cx <= cx1; cx++) {
        const c = cy * G + cx;
        for (let k = start[c]!; k < start[c + 1]!; k++) {
          const i = items[k]!;
          const dx = ((ev.mx[i] ?? 0) - x) * worldSize;
          const dy = ((ev.my[i] ?? 0) - y) * worldSize;
          const r = markerRadius(ev.toll[i] ?? -1, geoPrecisionOf(ev.bits[i] ?? 0), scale, dense) + 1;
          if (dx * dx + dy * dy > r * r) continue;
          if (keep && !keep[i]) continue;
          if (matchesFilter(cols, i, filter)) out.push(i);
        }
      }
    return out;
  }

  function pick(x: number, y: number, worldSize: number, filter: GpuFilter, scale: number, dense = false, keep: Uint8Array | null = null): number {
    let best = -1;
    for (const i of hits(x, y, worldSize, filter, scale, dense, keep)) {
      if (best < 0) {
        best = i;
        continue;
      }
      const pi = geoPrecisionOf(ev.bits[i] ?? 0);
      const pb = geoPrecisionOf(ev.bits[best] ?? 0);
      const ti = ev.toll[i] ?? -1;
      const tb = ev.toll[best] ?? -1;
      // Rows are drawn in order, so among equals the later row is on top.
      if (pi < pb || (pi === pb && (ti < tb || (ti === tb && i > best)))) best = i;
    }
    return best;
  }

  return { pick, hits };
}

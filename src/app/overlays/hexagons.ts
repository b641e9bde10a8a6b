// The hexagon overlay's data: the summed events (see ./overlay-events.ts) binned into H3 cells (h3-js),
// one polygon per cell with its total deaths and reports. The resolution follows the zoom so that a
// cell stays roughly 35–60 px across on screen.
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { cellToBoundary, latLngToCell } from 'h3-js';
import type { EventFeature } from '../../shared/schema.ts';
import type { Filters } from '../state/filters.ts';
import type { DateRange } from '../state/range.ts';
import { addTo, splitForOverlay, totalsText, type Totals } from './overlay-events.ts';
import { addRow, type OverlayColumns } from './overlay-rows.ts';

export interface HexProps extends Totals {
  /** H3 index. */
  h3: string;
  resolution: number;
  /** "300 killed in 1 report". */
  label: string;
}

export { MAX_HEX_RES, MIN_HEX_RES, hexResolutionForZoom } from './hex-resolution.ts';

/** A cell's outline as a closed GeoJSON ring; a cell astride the antimeridian is kept in one piece. */
export function hexRing(h3: string): [number, number][] {
  const ring = cellToBoundary(h3, true) as [number, number][];
  const lons = ring.map(([x]) => x);
  if (Math.max(...lons) - Math.min(...lons) <= 180) return ring;
  return ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]);
}

const cells = new Map<number, WeakMap<EventFeature, string>>();

/** The H3 cell of an event's point, remembered per resolution (the timeline's player recomputes often). */
export function cellOf(f: EventFeature, resolution: number): string {
  let memo = cells.get(resolution);
  if (!memo) cells.set(resolution, (memo = new WeakMap()));
  let cell = memo.get(f);
  if (cell === undefined) {
    const [lng, lat] = f.geometry.coordinates;
    memo.set(f, (cell = latLngToCell(lat, lng, resolution)));
  }
  return cell;
}

/** Total deaths and reports per H3 cell for the events shown (range and filters), country-wide left out. */
export function hexagonTotals(
  features: readonly EventFeature[],
  range: DateRange | null,
  filters: Filters,
  resolution: number,
): FeatureCollection<Polygon, HexProps> {
  return binHexagons(splitForOverlay(features, range, filters, 'hexagons').summed, resolution);
}

/** Total deaths and reports per H3 cell of events already selected (see splitForOverlay). */
export function binHexagons(summed: readonly EventFeature[], resolution: number): FeatureCollection<Polygon, HexProps> {
  const totals = new Map<string, Totals>();
  for (const f of summed) {
    const h3 = cellOf(f, resolution);
    let t = totals.get(h3);
    if (!t) totals.set(h3, (t = { deaths: 0, reports: 0, untolled: 0 }));
    addTo(t, f);
  }
  return hexCollection(totals, resolution);
}

function hexCollection(totals: Map<string, Totals>, resolution: number): FeatureCollection<Polygon, HexProps> {
  const out: Feature<Polygon, HexProps>[] = [];
  for (const [h3, t] of [...totals].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    out.push({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [hexRing(h3)] },
      properties: { h3, resolution, ...t, label: totalsText(t) },
    });
  }
  return { type: 'FeatureCollection', features: out };
}

/** Each row's cell at one resolution, as a code into `cells` (-1: not yet found), for one index's columns. */
interface RowCells {
  code: Int32Array;
  cells: string[];
  codeOf: Map<string, number>;
}
const rowCells = new WeakMap<ArrayLike<number>, Map<number, RowCells>>();

/** The same totals as binHexagons, of an index's rows (./overlay-rows.ts): each row's cell found once per resolution from its columns. */
export function binHexagonRows(
  c: Pick<OverlayColumns, 'toll'> & { lon: ArrayLike<number>; lat: ArrayLike<number> },
  rows: ArrayLike<number>,
  resolution: number,
): FeatureCollection<Polygon, HexProps> {
  let byRes = rowCells.get(c.lon);
  if (!byRes) rowCells.set(c.lon, (byRes = new Map()));
  let memo = byRes.get(resolution);
  if (!memo) byRes.set(resolution, (memo = { code: new Int32Array(c.lon.length).fill(-1), cells: [], codeOf: new Map() }));
  const perCell: Totals[] = [];
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    let code = memo.code[r]!;
    if (code < 0) {
      const h3 = latLngToCell(c.lat[r]!, c.lon[r]!, resolution);
      code = memo.codeOf.get(h3) ?? -1;
      if (code < 0) {
        code = memo.cells.push(h3) - 1;
        memo.codeOf.set(h3, code);
      }
      memo.code[r] = code;
    }
    addRow((perCell[code] ??= { deaths: 0, reports: 0, untolled: 0 }), c, r);
  }
  const totals = new Map<string, Totals>();
  perCell.forEach((t, code) => totals.set(memo.cells[code]!, t));
  return hexCollection(totals, resolution);
}

// The hexagon overlay's data: the summed events (see ./overlay-events.ts) binned into H3 cells (h3-js),
// one polygon per cell with its total deaths and reports. The resolution follows the zoom so that a
// cell stays roughly 25–45 px across on screen.
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { cellToBoundary, latLngToCell } from 'h3-js';
import type { EventFeature } from '../../shared/schema.ts';
import type { Filters } from '../state/filters.ts';
import type { DateRange } from '../state/range.ts';
import { addTo, splitForOverlay, totalsText, type Totals } from './overlay-events.ts';

export interface HexProps extends Totals {
  /** H3 index. */
  h3: string;
  resolution: number;
  /** "300 killed in 1 report". */
  label: string;
}

export const MIN_HEX_RES = 0;
export const MAX_HEX_RES = 9;

/**
 * H3 resolution for a zoom: one step per 1.5 zoom levels (an H3 step is ×√7 ≈ 2.65 in edge length,
 * 1.4 zoom levels), res 1 at zoom 3, res 3 at zoom 6, res 5 at zoom 9; clamped to 0–9.
 */
export function hexResolutionForZoom(zoom: number): number {
  const res = Math.floor(zoom / 1.5) - 1;
  return Math.min(MAX_HEX_RES, Math.max(MIN_HEX_RES, res));
}

/** A cell's outline as a closed GeoJSON ring; a cell astride the antimeridian is kept in one piece. */
export function hexRing(h3: string): [number, number][] {
  const ring = cellToBoundary(h3, true) as [number, number][];
  const lons = ring.map(([x]) => x);
  if (Math.max(...lons) - Math.min(...lons) <= 180) return ring;
  return ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]);
}

/** Total deaths and reports per H3 cell for the events shown (range and filters), country-wide left out. */
export function hexagonTotals(
  features: readonly EventFeature[],
  range: DateRange | null,
  filters: Filters,
  resolution: number,
): FeatureCollection<Polygon, HexProps> {
  const cells = new Map<string, Totals>();
  for (const f of splitForOverlay(features, range, filters, 'hexagons').summed) {
    const [lng, lat] = f.geometry.coordinates;
    const h3 = latLngToCell(lat, lng, resolution);
    let t = cells.get(h3);
    if (!t) cells.set(h3, (t = { deaths: 0, reports: 0, untolled: 0 }));
    addTo(t, f);
  }
  const out: Feature<Polygon, HexProps>[] = [];
  for (const [h3, t] of [...cells].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    out.push({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [hexRing(h3)] },
      properties: { h3, resolution, ...t, label: totalsText(t) },
    });
  }
  return { type: 'FeatureCollection', features: out };
}

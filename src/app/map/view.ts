// Where the map opens: around the events, not the whole world.
import type { LngLatBoundsLike } from 'maplibre-gl';
import type { EventFeature } from '../../shared/schema.ts';

/** [west, south, east, north] around the events, at least `minSpan` degrees wide and high. */
export type BBox = [number, number, number, number];

/**
 * [west, south, east, north] around the events, at least `minSpan` degrees wide and high.
 * `areaOf` may give the extent of an event's area (the whole country of a country-wide event), so
 * that the view shows all of it rather than the point it is pinned to.
 */
export function eventBounds(
  features: readonly EventFeature[],
  minSpan = 3,
  areaOf: (f: EventFeature) => BBox | null = () => null,
): BBox | null {
  if (!features.length) return null;
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const f of features) {
    const [x, y] = f.geometry.coordinates;
    const [aw, as, ae, an] = areaOf(f) ?? [x, y, x, y];
    w = Math.min(w, x, aw);
    e = Math.max(e, x, ae);
    s = Math.min(s, y, as);
    n = Math.max(n, y, an);
  }
  const grow = (lo: number, hi: number): [number, number] => {
    const pad = Math.max(0, minSpan - (hi - lo)) / 2;
    return [lo - pad, hi + pad];
  };
  const [w2, e2] = grow(w, e);
  const [s2, n2] = grow(s, n);
  return [Math.max(-180, w2), Math.max(-85, s2), Math.min(180, e2), Math.min(85, n2)];
}

/** The same bounds over an index's columns (all rows, or `rows`): a stand-in feature is made only for a country-wide row. */
export function indexBounds(
  index: { count: number; lon: ArrayLike<number>; lat: ArrayLike<number>; countryWide: Uint8Array },
  minSpan = 3,
  areaOf: (f: EventFeature) => BBox | null = () => null,
  rows: ArrayLike<number> | null = null,
): BBox | null {
  const { lon, lat, countryWide } = index;
  const count = rows ? rows.length : index.count;
  if (!count) return null;
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (let k = 0; k < count; k++) {
    const i = rows ? rows[k]! : k;
    const x = lon[i]!;
    const y = lat[i]!;
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
    if (!countryWide[i]) continue;
    const area = areaOf({ type: 'Feature', geometry: { type: 'Point', coordinates: [x, y] }, properties: { geo_precision: 'country' } } as EventFeature);
    if (!area) continue;
    w = Math.min(w, area[0]);
    s = Math.min(s, area[1]);
    e = Math.max(e, area[2]);
    n = Math.max(n, area[3]);
  }
  return grown([w, s, e, n], minSpan);
}

function grown([w, s, e, n]: BBox, minSpan: number): BBox {
  const grow = (lo: number, hi: number): [number, number] => {
    const pad = Math.max(0, minSpan - (hi - lo)) / 2;
    return [lo - pad, hi + pad];
  };
  const [w2, e2] = grow(w, e);
  const [s2, n2] = grow(s, n);
  return [Math.max(-180, w2), Math.max(-85, s2), Math.min(180, e2), Math.min(85, n2)];
}

export const WORLD: LngLatBoundsLike = [-170, -60, 170, 75];

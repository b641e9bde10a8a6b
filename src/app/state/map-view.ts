// The map's view in the URL hash: `map=zoom/lat/lon` (zoom to 2 decimals, lat/lon to 4), as in
// `#map=6.5/35.1/36.7`. Pure: anything that is not three finite numbers in range reads as "no view".

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

/** The zooms the map allows (see create-map.ts); a view outside them is not one the map can show. */
export const VIEW_LIMITS = { minZoom: 0, maxZoom: 22, maxLat: 85.0511 } as const;

const NUMBER = /^-?\d{1,4}(\.\d{1,12})?$/;

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

/** Rounds a view to what the hash keeps: 2 decimals for zoom, 4 for lat and lon. */
export function roundView(v: MapView): MapView {
  return { zoom: round(v.zoom, 2), lat: round(v.lat, 4), lon: round(v.lon, 4) };
}

function inRange(v: MapView): boolean {
  return (
    v.zoom >= VIEW_LIMITS.minZoom &&
    v.zoom <= VIEW_LIMITS.maxZoom &&
    Math.abs(v.lat) <= VIEW_LIMITS.maxLat &&
    Math.abs(v.lon) <= 180
  );
}

/** Reads `zoom/lat/lon`; null for anything else (missing, malformed, out of range). */
export function parseMapView(text: string | null | undefined): MapView | null {
  if (!text) return null;
  const parts = text.split('/');
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return null;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  const view = roundView({ zoom, lat, lon });
  return inRange(view) ? view : null;
}

/** Writes `zoom/lat/lon` with at most 2/4/4 decimals and no trailing zeros; null for a view out of range. */
export function serialiseMapView(v: MapView): string | null {
  if (![v.zoom, v.lat, v.lon].every(Number.isFinite)) return null;
  const r = roundView(v);
  if (!inRange(r)) return null;
  return `${r.zoom}/${r.lat}/${r.lon}`;
}

/** True when two views write the same hash. */
export function sameView(a: MapView | null | undefined, b: MapView | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return serialiseMapView(a) === serialiseMapView(b);
}

// Bounding boxes of GeoJSON geometries, crossing the antimeridian when that gives the tighter box.
import type { BBox } from '../../shared/schema.ts';

type Pos = number[];

function rings(geometry: { type: string; coordinates: unknown }): Pos[][] {
  const c = geometry.coordinates;
  if (geometry.type === 'Polygon') return c as Pos[][];
  if (geometry.type === 'MultiPolygon') return (c as Pos[][][]).flat();
  return [];
}

/** The smallest box around point sets given as [minLon, maxLon, minLat, maxLat] spans. */
export function boxOfSpans(spans: Array<[number, number, number, number]>): BBox | null {
  if (spans.length === 0) return null;
  let south = 90;
  let north = -90;
  for (const s of spans) {
    south = Math.min(south, s[2]);
    north = Math.max(north, s[3]);
  }
  // Longitudes: find the widest gap on the circle that no span covers; the box is its complement.
  const iv = spans.map((s) => [s[0], s[1]] as [number, number]).sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const x of iv) {
    const last = merged[merged.length - 1];
    if (last && x[0] <= last[1]) last[1] = Math.max(last[1], x[1]);
    else merged.push([x[0], x[1]]);
  }
  const first = merged[0]!;
  const lastM = merged[merged.length - 1]!;
  let bestGap = first[0] + 360 - lastM[1];
  let west = first[0];
  let east = lastM[1];
  for (let i = 1; i < merged.length; i++) {
    const gap = merged[i]![0] - merged[i - 1]![1];
    if (gap > bestGap) {
      bestGap = gap;
      west = merged[i]![0];
      east = merged[i - 1]![1];
    }
  }
  const r = (n: number) => Math.round(n * 1000) / 1000;
  return [r(west), r(south), r(east), r(north)];
}

/** Box of a Polygon or MultiPolygon geometry. */
export function geometryBox(geometry: { type: string; coordinates: unknown } | null | undefined): BBox | null {
  if (!geometry) return null;
  const spans: Array<[number, number, number, number]> = [];
  for (const ring of rings(geometry)) {
    let a = 180, b = -180, c = 90, d = -90;
    for (const p of ring) {
      const lon = p[0]!, lat = p[1]!;
      if (lon < a) a = lon;
      if (lon > b) b = lon;
      if (lat < c) c = lat;
      if (lat > d) d = lat;
    }
    if (a <= b) spans.push([a, b, c, d]);
  }
  return boxOfSpans(spans);
}

/** Whether [lat, lon] lies in the box (which may cross the antimeridian). */
export function inBox(b: BBox, lat: number, lon: number): boolean {
  const [w, s, e, n] = b;
  const lonIn = w <= e ? lon >= w && lon <= e : lon >= w || lon <= e;
  return lat >= s && lat <= n && lonIn;
}

export function boxCentre(b: BBox): [number, number] {
  const [w, s, e, n] = b;
  let lon = w <= e ? (w + e) / 2 : (w + e + 360) / 2;
  if (lon > 180) lon -= 360;
  return [(s + n) / 2, lon];
}

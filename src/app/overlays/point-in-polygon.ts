// Planar point-in-polygon (even-odd rule) on longitude/latitude, holes included. Good enough for
// provinces; no winding order is assumed, unlike d3-geo's spherical geoContains.
import type { MultiPolygon, Polygon, Position } from 'geojson';

function inRing([x, y]: readonly [number, number], ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether [lng, lat] lies inside the polygon (the even-odd rule makes holes work). */
export function polygonContains(geometry: Polygon | MultiPolygon, point: readonly [number, number]): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((rings) => rings.reduce((inside, ring) => (inRing(point, ring) ? !inside : inside), false));
}

// Natural Earth's land as world-atlas gives it has rings that cross the antimeridian: Eurasia runs from 179.9°E
// to 180°W and back to take in Chukotka, and Fiji and Wrangel Island do the same. A spherical renderer (d3)
// understands that; a flat map (MapLibre, with one world) draws the two steps as edges right across the world,
// and the polygon between them fills a band of land over the Norwegian Sea (65°–69°N). Such rings are cut
// at ±180° here by d3-geo's own antimeridian clip, as a d3 projection would cut them, and the pieces regrouped
// as polygons. Every other ring is left exactly as it is.
import { geoClipAntimeridian, geoStream, type GeoStream } from 'd3';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

const RAD = Math.PI / 180;

/** True when a ring steps more than 180° of longitude between two points: it crosses the antimeridian. */
export function crossesAntimeridian(ring: readonly Position[]): boolean {
  for (let i = 1; i < ring.length; i++) if (Math.abs((ring[i]![0] ?? 0) - (ring[i - 1]![0] ?? 0)) > 180) return true;
  return false;
}

/** Twice the planar signed area of a ring in degrees (negative clockwise, as world-atlas draws exteriors). */
function signedArea(ring: readonly Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j]![0] ?? 0) * (ring[i]![1] ?? 0) - (ring[i]![0] ?? 0) * (ring[j]![1] ?? 0);
  return a;
}

/** Planar point-in-ring test (even-odd), for putting a hole back in its exterior. */
function inRing([x = 0, y = 0]: Position, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i]!;
    const [xj = 0, yj = 0] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** One polygon's rings cut at the antimeridian: polygons (exterior first, then its holes) within ±180°. */
export function cutPolygon(rings: readonly Position[][]): Position[][][] {
  const pieces: Position[][] = [];
  let ring: Position[] = [];
  const sink: GeoStream = {
    point: (x, y) => void ring.push([x / RAD, y / RAD]),
    lineStart: () => void (ring = []),
    lineEnd: () => {
      if (ring.length > 2) pieces.push([...ring, ring[0]!]);
    },
    polygonStart: () => {},
    polygonEnd: () => {},
    sphere: () => {},
  };
  // d3's clip works in radians, as inside a projection.
  const clip = geoClipAntimeridian(sink);
  geoStream({ type: 'Polygon', coordinates: rings as Position[][] }, {
    point: (x, y) => clip.point(x * RAD, y * RAD),
    lineStart: () => clip.lineStart(),
    lineEnd: () => clip.lineEnd(),
    polygonStart: () => clip.polygonStart(),
    polygonEnd: () => clip.polygonEnd(),
    sphere: () => clip.sphere?.(),
  });
  const polygons = pieces.filter((r) => signedArea(r) < 0).map((r) => [r]);
  for (const hole of pieces.filter((r) => signedArea(r) > 0)) polygons.find(([outer]) => inRing(hole[0]!, outer!))?.push(hole);
  return polygons;
}

/** The geometry with every polygon that crosses the antimeridian cut there; the same object when none does. */
export function cutAtAntimeridian<G extends Polygon | MultiPolygon>(g: G): G | MultiPolygon {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  if (!polygons.some((p) => p.some(crossesAntimeridian))) return g;
  return { type: 'MultiPolygon', coordinates: polygons.flatMap((p) => (p.some(crossesAntimeridian) ? cutPolygon(p) : [p])) };
}

/** The land with its antimeridian-crossing polygons cut (see above). */
export function landCutAtAntimeridian(land: FeatureCollection): FeatureCollection {
  return {
    ...land,
    features: land.features.map((f): Feature => {
      const g = f.geometry;
      return g && (g.type === 'Polygon' || g.type === 'MultiPolygon') ? { ...f, geometry: cutAtAntimeridian(g) } : f;
    }),
  };
}

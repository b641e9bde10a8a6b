// The offline basemap: Natural Earth land, country borders and country-name points, made from the
// world-atlas TopoJSON with topojson-client. Pure: takes a parsed topology, returns GeoJSON.
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { landCutAtAntimeridian } from './antimeridian.ts';

export interface Basemap {
  land: FeatureCollection;
  borders: Feature<MultiLineString>;
  /** `code`: the ISO 3166 numeric code (world-atlas ids), '' when none; `name_ar` once Arabic names are added. */
  labels: FeatureCollection<Point, CountryLabel>;
  countries: Array<Feature<Polygon | MultiPolygon, { name: string }>>;
}

/** [west, south, east, north] of a polygon, or null when it straddles the antimeridian. */
export function polygonBBox(geometry: Polygon | MultiPolygon): [number, number, number, number] | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const poly of polygons)
    for (const [x = 0, y = 0] of poly[0] ?? []) {
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    }
  return w <= e && e - w < 180 ? [w, s, e, n] : null;
}

/** Planar area and centroid of a ring in degrees (good enough to place a label). */
export function ringCentroid(ring: readonly Position[]): { area: number; x: number; y: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const p = ring[i];
    const q = ring[j];
    if (!p || !q) continue;
    const [x0 = 0, y0 = 0] = q;
    const [x1 = 0, y1 = 0] = p;
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (a === 0) {
    const first = ring[0] ?? [0, 0];
    return { area: 0, x: first[0] ?? 0, y: first[1] ?? 0 };
  }
  return { area: Math.abs(a / 2), x: cx / (3 * a), y: cy / (3 * a) };
}

/** Where to write a country's name: the centroid of its largest polygon's outer ring. */
export function labelPoint(geometry: Polygon | MultiPolygon): { area: number; coordinates: [number, number] } | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: { area: number; x: number; y: number } | null = null;
  for (const poly of polygons) {
    const outer = poly[0];
    if (!outer) continue;
    const c = ringCentroid(outer);
    if (!best || c.area > best.area) best = c;
  }
  return best ? { area: best.area, coordinates: [best.x, best.y] } : null;
}

export interface CountryLabel {
  name: string;
  area: number;
  code: string;
  name_ar?: string;
}

type CountryProps = { name?: string };

/** The labels with Arabic names where `arabicOf` knows one, by ISO numeric code, or by name for the few places
 * Natural Earth gives none ("N. Cyprus"; see country-names-ar.ts). Pure. */
export function withArabicLabels(labels: Basemap['labels'], arabicOf: (codeOrName: string) => string | null): Basemap['labels'] {
  return {
    ...labels,
    features: labels.features.map((f) => {
      const ar = arabicOf(f.properties.code || f.properties.name);
      return ar ? { ...f, properties: { ...f.properties, name_ar: ar } } : f;
    }),
  };
}

export function basemapFromTopology(topology: Topology): Basemap {
  const countries = topology.objects.countries as GeometryCollection<CountryProps> | undefined;
  const landObject = topology.objects.land;
  if (!countries || !landObject) throw new Error('basemap: the topology needs "countries" and "land" objects');
  const land = feature(topology, landObject);
  const borders = mesh(topology, countries, (a, b) => a !== b);
  const labels: Basemap['labels'] = { type: 'FeatureCollection', features: [] };
  const countryShapes: Basemap['countries'] = [];
  const countryFeatures = feature(topology, countries).features;
  for (const f of countryFeatures) {
    const name = f.properties?.name;
    const g = f.geometry;
    if (!name || !g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    countryShapes.push({ type: 'Feature', geometry: g, properties: { name } });
    const at = labelPoint(g);
    if (!at || at.area < 0.05) continue;
    labels.features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: at.coordinates },
      properties: { name, area: Math.round(at.area * 100) / 100, code: f.id === undefined ? '' : String(f.id) },
    });
  }
  return {
    // Cut at ±180° (./antimeridian.ts): world-atlas joins Chukotka and Fiji across the world, a flat map's band of land.
    land: landCutAtAntimeridian(land.type === 'FeatureCollection' ? land : { type: 'FeatureCollection', features: [land] }),
    borders: { type: 'Feature', geometry: borders, properties: {} },
    labels,
    countries: countryShapes,
  };
}

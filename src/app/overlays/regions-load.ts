// Reads the admin-1 file written by scripts/build-regions.mjs, keeping only well-formed polygons with
// string id, name and country: a damaged file gives fewer regions, never a broken map.
import type { MultiPolygon, Polygon } from 'geojson';
import { fetchJson } from '../state/load.ts';
import type { RegionFeature, Regions } from './regions.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isGeometry(g: unknown): g is Polygon | MultiPolygon {
  return isObject(g) && (g.type === 'Polygon' || g.type === 'MultiPolygon') && Array.isArray(g.coordinates);
}

export function parseRegions(data: unknown): Regions {
  const features: RegionFeature[] = [];
  const list = isObject(data) && Array.isArray(data.features) ? (data.features as unknown[]) : [];
  for (const f of list) {
    if (!isObject(f) || !isGeometry(f.geometry) || !isObject(f.properties)) continue;
    const { id, name, country } = f.properties;
    if (typeof id !== 'string' || typeof name !== 'string' || typeof country !== 'string') continue;
    features.push({ type: 'Feature', geometry: f.geometry, properties: { id, name, country } });
  }
  return { type: 'FeatureCollection', features };
}

export async function loadRegions(url: string): Promise<Regions> {
  return parseRegions(await fetchJson(url));
}

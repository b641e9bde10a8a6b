// The area a coarse event stands for: the country polygon under a country-wide event's point.
import { geoContains } from 'd3';
import type { EventFeature } from '../../shared/schema.ts';
import { polygonBBox, type Basemap } from './basemap.ts';
import type { BBox } from './view.ts';

/** A function giving the bbox of the country a country-wide event is pinned inside, else null. */
export function countryAreaOf(basemap: Pick<Basemap, 'countries'>): (f: EventFeature) => BBox | null {
  const cache = new Map<string, BBox | null>();
  return (f) => {
    if (f.properties.geo_precision !== 'country') return null;
    const [x, y] = f.geometry.coordinates;
    const key = `${x},${y}`;
    if (!cache.has(key)) {
      const hit = basemap.countries.find((c) => geoContains(c, [x, y]));
      cache.set(key, hit ? polygonBBox(hit.geometry) : null);
    }
    return cache.get(key) ?? null;
  };
}

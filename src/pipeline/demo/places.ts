// The demo's places, read from the offline gazetteer: a country's populated places, its admin-1 areas and
// the country itself.
import type { Gazetteer } from '../gazetteer/load.ts';
import type { DemoArea, DemoGazetteer, DemoPlace } from './generate.ts';

/** GeoNames ids of countries whose index entry has none (the country areas come from Natural Earth). */
const COUNTRY_IDS: Record<string, number> = { SY: 163843 };

export function demoGazetteer(g: Gazetteer, cc = 'SY'): DemoGazetteer {
  const places: DemoPlace[] = [];
  for (let i = 0; i < g.size; i++) {
    const e = g.entry(i);
    if (e.country !== cc || e.kind !== 'place' || e.population <= 0) continue;
    places.push({ name: e.name, geonameid: e.geonameid, admin1: e.admin1, lat: e.lat, lon: e.lon, population: e.population });
  }
  // A stable order whatever the index's: by population, then id.
  places.sort((a, b) => b.population - a.population || (a.geonameid ?? 0) - (b.geonameid ?? 0));
  const admin1: Record<string, DemoArea> = {};
  for (const code of new Set(places.map((p) => p.admin1).filter((c): c is string => c !== null))) {
    const a = g.admin1(code);
    if (a) admin1[code] = { name: a.name, geonameid: a.geonameid ?? null, lat: a.lat, lon: a.lon };
  }
  const c = g.country(cc);
  if (!c) throw new Error(`demo data: the gazetteer does not know the country ${cc}`);
  return { country: { code: cc, name: c.name, geonameid: c.geonameid ?? COUNTRY_IDS[cc] ?? null, lat: c.lat, lon: c.lon }, places, admin1 };
}

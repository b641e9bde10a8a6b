#!/usr/bin/env node
// The basemap for the events: Natural Earth 1:50m country outlines (world-atlas), in full detail around the
// events and simplified elsewhere (Visvalingam, topojson-simplify), quantised again. About a fifth of the
// whole 1:50m file, so the map's first load stays small, and as sharp where the reader looks.
// Usage: node scripts/build-basemap.mjs [events.geojson] [-o public/data/basemap.json] [--margin 12]
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { quantize } from 'topojson-client';
import { feature } from 'topojson-client';
import { filter, planarRingArea, planarTriangleArea, presimplify, simplify } from 'topojson-simplify';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const out = flag('-o', 'public/data/basemap.json');
const margin = Number(flag('--margin', '12'));
const eventsPath = args[0] ?? 'public/data/events.geojson';
const require = createRequire(import.meta.url);

/** [west, south, east, north] of the events' points, widened by `margin` degrees; null when there are none. */
export function regionOf(features, margin) {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const f of features) {
    const [x, y] = f?.geometry?.coordinates ?? [];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y);
  }
  return w <= e ? [w - margin, s - margin, e + margin, n + margin] : null;
}

/** Detail kept inside the region; elsewhere triangles under ~0.02 square degrees go (about 1:110m). */
export function regionalBasemap(topology, region, minWeight = 0.08) {
  const inside = ([x, y]) => !!region && x >= region[0] && x <= region[2] && y >= region[1] && y <= region[3];
  const weighted = presimplify(topology, (t) => (inside(t[1]) ? Infinity : planarTriangleArea(t)));
  const simple = simplify(weighted, minWeight);
  // Islands smaller than ~0.5 square degrees go too, away from the events.
  const keep = (ring) => {
    const coords = feature(simple, { type: 'Polygon', arcs: [ring] }).geometry.coordinates[0] ?? [];
    return coords.some(inside) || planarRingArea(coords) >= 10 * minWeight;
  };
  return quantize(filter(simple, keep), 1e5);
}

/** Reads the events, writes the basemap (atomically) and says how big it is. */
function main() {
  let features = [];
  try {
    features = JSON.parse(readFileSync(eventsPath, 'utf8')).features ?? [];
  } catch (err) {
    console.error(`build-basemap: no events read from ${eventsPath} (${err.message}); the whole world is simplified.`);
  }
  const source = readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8');
  const region = regionOf(features, margin);
  // `detail`: where the outlines are full 1:50m; the app loads the whole file for data outside it.
  const json = JSON.stringify({ ...regionalBasemap(JSON.parse(source), region), ...(region ? { detail: region } : {}) });
  writeFileSync(`${out}.tmp`, json);
  renameSync(`${out}.tmp`, out);
  const kb = (s) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} KB (${(gzipSync(s).length / 1024).toFixed(0)} KB gzip)`;
  console.error(`build-basemap: ${out}: ${kb(json)}, from ${kb(source)}; detail in ${region ? region.map((v) => v.toFixed(1)).join(', ') : 'nowhere'}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
